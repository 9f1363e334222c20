import type { Scope } from '../../../sdk/manifest/vocabulary'
import type { Certificate, CertificateAttribute, IdentityAttribute, Scenario } from '../../../sdk/scenario'
import { visibilityOf } from './conditions'
import { isAnswered, type Answers, type FormState } from './types'

/** One value to fetch for a field, and the consent scope that fetching needs. */
export type PrefillRequest =
  | { fieldId: string; stepId: string; source: 'identity'; of: 'resident' | 'subject'; attribute: IdentityAttribute; scope: Scope }
  | { fieldId: string; stepId: string; source: 'certificate'; certificate: Certificate; attribute: CertificateAttribute; scope: Scope }

export interface PrefillPlan {
  /** Ask consent for these (once each) before fetching anything. */
  scopes: Scope[]
  requests: PrefillRequest[]
  /** Values copied from earlier answers: no consent needed, they are the resident's own. */
  fromAnswers: Answers
}

/**
 * What to prefill in a step (or the whole form): only shown fields the
 * resident has not answered, so a prefill never overwrites what they typed.
 * The renderer runs `scopes` through the consent flow, then fetches.
 */
export const prefillPlan = (scenario: Scenario, state: FormState, stepId?: string): PrefillPlan => {
  const visibility = visibilityOf(scenario, state.answers)
  const requests: PrefillRequest[] = []
  const fromAnswers: Answers = {}
  for (const step of scenario.steps) {
    if (stepId !== undefined && step.id !== stepId) continue
    for (const field of step.fields) {
      const { prefill } = field
      if (!prefill || !visibility.fieldVisible(field.id) || isAnswered(state.answers[field.id])) continue
      if (prefill.from === 'answer') {
        const source = visibility.answer(prefill.field)
        if (source !== undefined && isAnswered(source)) fromAnswers[field.id] = source
      } else if (prefill.from === 'identity') {
        requests.push({ fieldId: field.id, stepId: step.id, source: 'identity', of: prefill.of, attribute: prefill.attribute, scope: prefill.scope })
      } else {
        requests.push({ fieldId: field.id, stepId: step.id, source: 'certificate', certificate: prefill.certificate, attribute: prefill.attribute, scope: prefill.scope })
      }
    }
  }
  return { scopes: [...new Set(requests.map((r) => r.scope))], requests, fromAnswers }
}

/** Merges fetched values into the answers without overwriting anything the resident gave. */
export const applyPrefill = (answers: Answers, values: Answers): Answers => {
  const merged = { ...answers }
  for (const [id, value] of Object.entries(values)) {
    if (value !== undefined && isAnswered(value) && !isAnswered(merged[id])) merged[id] = value
  }
  return merged
}
