import { useState } from 'react'
import type { Scenario } from '../../../sdk/scenario'
import { readPersonalData, type PersonalDataScope } from '../../capabilities/personal-data'
import { useMiniAppScope } from '../../mini-app/scope'
import { useAppDispatch } from '../../store/hooks'
import { applyPrefill, prefillPlan, type Answers } from '../engine'
import type { FormSession } from './use-form-session'

const PERSONAL: readonly string[] = ['profile.name', 'profile.idNumber', 'profile.phone', 'profile.address']

export type PrefillState = 'idle' | 'running' | 'done' | 'denied'

/**
 * A step's prefill: earlier answers are copied at once (they are the
 * resident's own); the resident's identity is read only when they ask,
 * through the consent flow, under the scenario's declared scopes. It never
 * overwrites what was typed. Certificates and the acted-for member's data are
 * not fetched yet: those fields are typed.
 */
export const usePrefill = (scenario: Scenario, form: FormSession, stepId: string) => {
  const dispatch = useAppDispatch()
  const mini = useMiniAppScope()
  const [state, setState] = useState<PrefillState>('idle')
  const plan = prefillPlan(scenario, form.state, stepId)
  const asked = plan.requests.filter((r) => r.source === 'identity' && r.of === 'resident' && PERSONAL.includes(r.scope))
  const run = async () => {
    setState('running')
    const values: Answers = {}
    try {
      for (const request of asked) values[request.fieldId] = await readPersonalData(dispatch, mini, request.scope as PersonalDataScope)
      form.save((d) => ({ ...d, answers: applyPrefill(d.answers, values) }))
      setState('done')
    } catch {
      // Refused, undeclared or unreachable: the resident types it, and is told why the boxes stayed empty.
      setState('denied')
    }
  }
  return { copied: plan.fromAnswers, canAsk: asked.length > 0, state, run }
}
