import type { Condition, Scenario } from '../../../sdk/scenario'
import { indexOf } from './scenario-index'
import { isAnswered, type AnswerValue, type Answers } from './types'

type Lookup = (fieldId: string) => AnswerValue | undefined

const same = (value: AnswerValue | undefined, wanted: string | number): boolean =>
  value !== undefined && !Array.isArray(value) && String(value).trim() === String(wanted)

/** Evaluates a condition over answers. Pure data in, boolean out: no code in definitions. */
export const evaluateCondition = (condition: Condition, answer: Lookup): boolean => {
  if ('not' in condition) return !evaluateCondition(condition.not, answer)
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, answer))
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, answer))
  const value = answer(condition.field)
  if ('equals' in condition) return same(value, condition.equals)
  if ('in' in condition) return condition.in.some((wanted) => same(value, wanted))
  return isAnswered(value) === condition.answered
}

export interface Visibility {
  stepVisible: (stepId: string) => boolean
  fieldVisible: (fieldId: string) => boolean
  /** The answers that count: a hidden field's answer is kept in the draft but never counts or is sent. */
  answer: Lookup
}

/**
 * Which steps and fields are shown for these answers. A condition sees only
 * visible answers, so hiding a field also hides what depends on it.
 */
export const visibilityOf = (scenario: Scenario, answers: Answers): Visibility => {
  const index = indexOf(scenario)
  const fields = new Map<string, boolean>()
  const steps = new Map<string, boolean>()
  const answer: Lookup = (id) => (fieldVisible(id) ? answers[id] : undefined)
  const stepVisible = (id: string): boolean => {
    const known = steps.get(id)
    if (known !== undefined) return known
    steps.set(id, false) // the schema forbids cycles; this only stops a bad served definition looping
    const step = index.step.get(id)
    const visible = !!step && (!step.visibleWhen || evaluateCondition(step.visibleWhen, answer))
    steps.set(id, visible)
    return visible
  }
  const fieldVisible = (id: string): boolean => {
    const known = fields.get(id)
    if (known !== undefined) return known
    fields.set(id, false)
    const entry = index.field.get(id)
    const visible = !!entry && stepVisible(entry.step.id) && (!entry.field.visibleWhen || evaluateCondition(entry.field.visibleWhen, answer))
    fields.set(id, visible)
    return visible
  }
  return { stepVisible, fieldVisible, answer }
}
