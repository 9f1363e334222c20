import type { Scenario, ScenarioStep } from '../../../sdk/scenario'
import { visibilityOf, type Visibility } from './conditions'
import { validateField, type FieldError } from './field-rules'
import { materialError, materialsStatus, type MaterialError, type MaterialStatus } from './materials'
import { stepOf } from './scenario-index'
import { isAnswered, type EngineOptions, type FormState, type Localized, type Position } from './types'

export interface StepErrors {
  fields: FieldError[]
  materials: MaterialError[]
}

/** GOV.UK task statuses; `incomplete` is a saved step whose answers no longer hold (e.g. a new question appeared). */
export type TaskStatus = 'not-yet-started' | 'in-progress' | 'completed' | 'incomplete' | 'cannot-start-yet'

export interface Task {
  stepId: string
  title: Localized
  items: string[]
  status: TaskStatus
  /** The shown steps this one waits for that are not completed yet. */
  waitingFor: string[]
}

export interface TaskList {
  /** Shown steps only, in the definition's order. */
  tasks: Task[]
  completed: number
  /** Every shown task is completed: the resident may check answers and submit. */
  ready: boolean
}

const errorsOf = (step: ScenarioStep, state: FormState, visibility: Visibility, materials: MaterialStatus[], today: Date): StepErrors => ({
  fields: step.fields
    .filter((field) => visibility.fieldVisible(field.id))
    .flatMap((field) => validateField(field, visibility.answer(field.id), { today, files: state.files }) ?? []),
  materials: materials.filter((m) => m.stepId === step.id).flatMap((m) => materialError(m) ?? []),
})

/**
 * What stops a step from being saved: each visible field's first failed
 * rule and each of its materials still missing, in residents' words.
 */
export const validateStep = (scenario: Scenario, stepId: string, state: FormState, options: EngineOptions = {}): StepErrors => {
  const step = stepOf(scenario, stepId)
  return errorsOf(step, state, visibilityOf(scenario, state.answers), materialsStatus(scenario, state), options.today ?? new Date())
}

export const hasErrors = (errors: StepErrors): boolean => errors.fields.length + errors.materials.length > 0

/** The task list: each shown step's status, computed from the answers, never stored. */
export const taskList = (scenario: Scenario, state: FormState, options: EngineOptions = {}): TaskList => {
  const visibility = visibilityOf(scenario, state.answers)
  const materials = materialsStatus(scenario, state)
  const today = options.today ?? new Date()
  const shown = scenario.steps.filter((step) => visibility.stepVisible(step.id))
  const own = new Map<string, Exclude<TaskStatus, 'cannot-start-yet'>>()
  for (const step of shown) {
    const valid = !hasErrors(errorsOf(step, state, visibility, materials, today))
    const touched = step.fields.some((f) => visibility.fieldVisible(f.id) && isAnswered(visibility.answer(f.id))) ||
      materials.some((m) => m.stepId === step.id && m.keys.length > 0)
    const saved = state.savedSteps.includes(step.id)
    own.set(step.id, saved ? (valid ? 'completed' : 'incomplete') : touched ? 'in-progress' : 'not-yet-started')
  }
  const tasks = shown.map((step): Task => {
    // A step waiting for a hidden one does not wait: that step does not apply.
    const waitingFor = (step.after ?? []).filter((id) => own.has(id) && own.get(id) !== 'completed')
    const status = own.get(step.id) ?? 'not-yet-started'
    return { stepId: step.id, title: step.title, items: step.items, waitingFor, status: waitingFor.length && status === 'not-yet-started' ? 'cannot-start-yet' : status }
  })
  const completed = tasks.filter((t) => t.status === 'completed').length
  return { tasks, completed, ready: completed === tasks.length }
}

/** The state after the resident saves a step that has no errors: it counts as done from now on. */
export const markSaved = (state: FormState, stepId: string): FormState =>
  state.savedSteps.includes(stepId) ? state : { ...state, savedSteps: [...state.savedSteps, stepId] }

/**
 * Where to go after saving a step. From a change link on the check page, back
 * to it — unless the change made another step incomplete (a new question
 * appeared): then the task list shows what is left.
 */
export const positionAfterSave = (scenario: Scenario, state: FormState, from: Position, options: EngineOptions = {}): Position => {
  const returning = from.view === 'step' && from.returnTo === 'check-answers'
  if (!returning) return { view: 'task-list' }
  return taskList(scenario, state, options).ready ? { view: 'check-answers' } : { view: 'task-list' }
}
