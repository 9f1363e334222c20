import type { Localized } from '../../../sdk/manifest/catalogue'

export type { Localized }

/**
 * An answer: text, dates (YYYY-MM-DD), select values, region codes and the
 * like are strings; numbers may be numbers or the text typed; an upload
 * field's answer is the idempotency keys of its files.
 */
export type AnswerValue = string | number | string[]
export type Answers = Record<string, AnswerValue | undefined>

/** A file as the engine sees it: uploaded once the server has given it a file id. */
export interface FileView {
  name: string
  fileId?: string
}

/** Everything the resident has given so far; the drafts store keeps exactly this. */
export interface FormState {
  answers: Answers
  /** Upload keys per material id: the ONE shared set, each material once. */
  materials: Record<string, string[]>
  /** Every file of the form (materials and upload fields), by idempotency key. */
  files: Record<string, FileView>
  /** Steps the resident has saved ("Continue"): only these can be completed. */
  savedSteps: string[]
}

export const emptyFormState = (): FormState => ({ answers: {}, materials: {}, files: {}, savedSteps: [] })

export interface EngineOptions {
  /** For date rules; tests pass a fixed day. Defaults to now. */
  today?: Date
}

/** Where the resident is: the task list, a step (perhaps changed from the check page), or the check page. */
export type Position =
  | { view: 'task-list' }
  | { view: 'step'; stepId: string; returnTo?: 'check-answers' }
  | { view: 'check-answers' }

/** Whether a value counts as given: blank text, an empty list or a non-number does not. */
export const isAnswered = (value: AnswerValue | undefined): boolean => {
  if (value === undefined) return false
  if (typeof value === 'number') return Number.isFinite(value)
  if (Array.isArray(value)) return value.length > 0
  return value.trim().length > 0
}
