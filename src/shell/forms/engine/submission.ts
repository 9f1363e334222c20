import type { components } from '../../../generated/api/shell'
import type { Scenario } from '../../../sdk/scenario'
import { visibilityOf } from './conditions'
import { materialsStatus } from './materials'
import { taskList, type Task } from './tasks'
import { isAnswered, type AnswerValue, type EngineOptions, type FormState } from './types'

/** `POST /api/applications` for a one-stop: the contract's NewApplication with its one-stop parts. */
export type OneStopApplication = components['schemas']['NewApplication'] & {
  scenarioVersion: string
  subject: components['schemas']['ApplicationSubject']
  parts: components['schemas']['ApplicationPart'][]
  materials: components['schemas']['SubmittedMaterial'][]
}

/** Whom the case is about, as the renderer knows it (the family member acted for, the enterprise's USCC). */
export type SubmissionSubject = { kind: 'self' } | { kind: 'family-member'; memberId: string } | { kind: 'enterprise'; uscc: string }

export type SubmissionResult =
  | { ok: true; application: OneStopApplication }
  /** Not every task is completed, or the subject is not the kind the scenario is for. */
  | { ok: false; reason: 'not-ready'; tasks: Task[] }
  | { ok: false; reason: 'wrong-subject'; expected: Scenario['subject']['kind'] }

const asText = (value: AnswerValue, files: FormState['files']): string =>
  Array.isArray(value) ? value.map((key) => files[key]?.fileId ?? '').join(',') : String(value).trim()

/**
 * The submission: every shown answer once (as text), then one part per item
 * with the answers and the material ids its department needs. Hidden answers
 * are never sent; each material's files are sent once, however many parts
 * refer to it.
 */
export const buildSubmission = (scenario: Scenario, state: FormState, subject: SubmissionSubject, options: EngineOptions = {}): SubmissionResult => {
  if (subject.kind !== scenario.subject.kind) return { ok: false, reason: 'wrong-subject', expected: scenario.subject.kind }
  const list = taskList(scenario, state, options)
  if (!list.ready) return { ok: false, reason: 'not-ready', tasks: list.tasks.filter((t) => t.status !== 'completed') }
  const visibility = visibilityOf(scenario, state.answers)
  const answered = scenario.steps.flatMap((step) =>
    step.fields.flatMap((field) => {
      const value = visibility.answer(field.id)
      return value !== undefined && isAnswered(value) ? [{ id: field.id, items: field.items ?? step.items, text: asText(value, state.files) }] : []
    }),
  )
  const materials = materialsStatus(scenario, state).filter((m) => m.needed && m.uploaded)
  const fieldsFor = (itemId: string) => Object.fromEntries(answered.filter((a) => a.items.includes(itemId)).map((a) => [a.id, a.text]))
  return {
    ok: true,
    application: {
      scenarioId: scenario.id,
      scenarioVersion: scenario.version,
      title: scenario.title['zh-CN'],
      subject,
      fields: Object.fromEntries(answered.map((a) => [a.id, a.text])),
      parts: scenario.items.map((item) => ({
        itemId: item.id,
        item: item.name['zh-CN'],
        department: item.department['zh-CN'],
        fields: fieldsFor(item.id),
        materials: materials.filter((m) => m.items.includes(item.id)).map((m) => m.material.id),
      })),
      materials: materials.map((m) => ({ id: m.material.id, fileIds: m.keys.map((key) => state.files[key]?.fileId ?? '') })),
    },
  }
}
