import { REGIONS, type RegionCode } from '../../../sdk/manifest/vocabulary'
import type { Scenario, ScenarioField } from '../../../sdk/scenario'
import { maskIdNumber } from '../../privacy/mask'
import { visibilityOf } from './conditions'
import { materialsStatus } from './materials'
import { both } from './messages'
import { isAnswered, type AnswerValue, type FileView, type FormState, type Localized, type Position } from './types'

export interface SummaryRow {
  kind: 'field' | 'material'
  /** The field's or material's id. */
  id: string
  label: Localized
  /** What is shown: the answer as the resident knows it, or "Not provided". */
  value: Localized
  provided: boolean
  /** The change link: the step, returning to the check page once saved. */
  change: Position
}

export interface SummarySection {
  stepId: string
  title: Localized
  rows: SummaryRow[]
}

const same = (text: string): Localized => ({ 'zh-CN': text, en: text })

const fileNames = (keys: string[], files: Record<string, FileView>): Localized =>
  both((t) => t.files(keys.map((key) => files[key]?.name ?? key)))

/** An answer as residents read it: option labels, place names, units, a masked ID number. */
export const shownValue = (field: ScenarioField, value: AnswerValue, files: Record<string, FileView>): Localized => {
  if (Array.isArray(value)) return fileNames(value, files)
  const text = String(value).trim()
  switch (field.type) {
    case 'select':
      return field.options.find((o) => o.value === text)?.label ?? same(text)
    case 'region': {
      // Prefecture-level names are in the vocabulary; a county code shows under its city.
      const city = REGIONS[`${text.slice(0, 4)}00` as RegionCode]
      const name = REGIONS[text as RegionCode] ?? (city ? `${city}（${text}）` : text)
      return same(name)
    }
    case 'number':
      return field.unit ? { 'zh-CN': `${text} ${field.unit['zh-CN']}`, en: `${text} ${field.unit.en}` } : same(text)
    case 'id-number':
      // ID numbers are masked on every screen (platform-limits.md), the check page included.
      return same(maskIdNumber(text.toUpperCase()))
    default:
      return same(text)
  }
}

const changeTo = (stepId: string): Position => ({ view: 'step', stepId, returnTo: 'check-answers' })

/**
 * "Check your answers": each shown step with its shown fields and the
 * materials it collects, "Not provided" for what was skipped, and a change
 * link that comes back here.
 */
export const checkAnswers = (scenario: Scenario, state: FormState): SummarySection[] => {
  const visibility = visibilityOf(scenario, state.answers)
  const materials = materialsStatus(scenario, state)
  return scenario.steps
    .filter((step) => visibility.stepVisible(step.id))
    .map((step) => ({
      stepId: step.id,
      title: step.title,
      rows: [
        ...step.fields
          .filter((field) => visibility.fieldVisible(field.id))
          .map((field): SummaryRow => {
            const value = visibility.answer(field.id)
            const provided = value !== undefined && isAnswered(value)
            return {
              kind: 'field', id: field.id, label: field.label, provided, change: changeTo(step.id),
              value: provided ? shownValue(field, value, state.files) : both((t) => t.notProvided),
            }
          }),
        ...materials
          .filter((m) => m.stepId === step.id && m.needed)
          .map((m): SummaryRow => ({
            kind: 'material', id: m.material.id, label: m.material.name, provided: m.uploaded, change: changeTo(step.id),
            value: m.keys.length ? fileNames(m.keys, state.files) : both((t) => t.notUploaded),
          })),
      ],
    }))
}
