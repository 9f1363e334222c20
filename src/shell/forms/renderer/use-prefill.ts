import { useState } from 'react'
import type { Certificate, Scenario } from '../../../sdk/scenario'
import { isApiError } from '../../api/errors'
import { readCertificate, type CertificateRecord } from '../../capabilities/certificate'
import { readWithConsent } from '../../capabilities/consented-read'
import { attributeUrl } from '../../capabilities/personal-data'
import { useMiniAppScope } from '../../mini-app/scope'
import { useAppDispatch } from '../../store/hooks'
import { applyPrefill, prefillPlan, type Answers } from '../engine'
import type { FormSession } from './use-form-session'

const absentAsUndefined = (error: unknown): undefined => {
  if (isApiError(error) && error.kind === 'http' && error.status === 404) return undefined
  throw error
}

export type PrefillState = 'idle' | 'running' | 'done' | 'denied'

/**
 * A step's prefill: earlier answers are copied at once (they are the
 * resident's own); the resident's identity and wallet certificates are read
 * only when they ask, through the consent flow, under the scenario's
 * declared scopes (each certificate once, however many fields it fills).
 * Each identity field names whose data it wants: the resident's own, or the
 * family member acted for (under the `family` scope), so "your name" is never
 * filled with your child's. It never overwrites what was typed; a value the
 * server does not hold (404) is left for the resident to type.
 */
export const usePrefill = (scenario: Scenario, form: FormSession, stepId: string) => {
  const dispatch = useAppDispatch()
  const mini = useMiniAppScope()
  const [state, setState] = useState<PrefillState>('idle')
  const plan = prefillPlan(scenario, form.state, stepId)

  const run = async () => {
    setState('running')
    const values: Answers = {}
    const certificates = new Map<Certificate, Promise<CertificateRecord | undefined>>()
    const certificate = (type: Certificate) => {
      // A resident who holds no such certificate (404) types those fields; the others still fill.
      if (!certificates.has(type)) certificates.set(type, readCertificate(dispatch, mini, type).catch(absentAsUndefined))
      return certificates.get(type)!
    }
    try {
      for (const request of plan.requests) {
        values[request.fieldId] =
          request.source === 'certificate'
            ? (await certificate(request.certificate))?.[request.attribute]
            : (await readWithConsent<{ value: string }>(dispatch, mini, request.scope, attributeUrl(`profile.${request.attribute}`, request.of)).catch(absentAsUndefined))?.value
      }
      form.save((d) => ({ ...d, answers: applyPrefill(d.answers, values) }))
      setState('done')
    } catch {
      // Refused, undeclared or unreachable: the resident types it, and is told why the boxes stayed empty.
      setState('denied')
    }
  }
  return { copied: plan.fromAnswers, canAsk: plan.requests.length > 0, state, run }
}
