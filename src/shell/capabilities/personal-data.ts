import { useCallback } from 'react'
import { consentEndpoints } from '../consent/consent-api'
import { consentAsked, awaitAnswer } from '../consent/consent-slice'
import { ConsentDeniedError } from '../consent/errors'
import { useMiniAppScope, type MiniAppScope } from '../mini-app/scope'
import { useAppDispatch } from '../store/hooks'
import type { AppDispatch } from '../store/store'
import type { Scope } from '../../sdk/manifest/vocabulary'
import { auditor, requireDeclared } from './declared'

export type PersonalDataScope = Extract<Scope, 'profile.name' | 'profile.idNumber' | 'profile.phone' | 'profile.address'>

/** Declared → granted (asking the resident on first use) → fetched for this mini-app → audited. */
export const readPersonalData = async (dispatch: AppDispatch, mini: MiniAppScope, scope: PersonalDataScope): Promise<string> => {
  const audit = auditor(dispatch, mini.id, scope)
  const declared = requireDeclared(mini, scope, audit)
  const grants = await dispatch(consentEndpoints.listConsents.initiate(undefined, { subscribe: false, forceRefetch: true })).unwrap()
  if (!grants.some((g) => g.miniAppId === mini.id && g.scope === scope)) {
    const { id, answer } = awaitAnswer()
    dispatch(consentAsked({ id, miniAppId: mini.id, miniAppName: mini.name, scope, reason: declared.reason }))
    if (!(await answer)) {
      audit('denied', 'consent-denied')
      throw new ConsentDeniedError(mini.id, scope)
    }
    await dispatch(consentEndpoints.grantConsent.initiate({ miniAppId: mini.id, scope })).unwrap()
  }
  const { value } = await dispatch(consentEndpoints.getAttribute.initiate({ miniAppId: mini.id, scope }, { subscribe: false })).unwrap()
  audit('allowed')
  return value
}

/**
 * Reads one piece of the resident's personal data for the current mini-app.
 * Rejects with `PermissionDeniedError` (not declared), `ConsentDeniedError`
 * (the resident said no) or an `ApiError`.
 */
export const usePersonalData = () => {
  const mini = useMiniAppScope()
  const dispatch = useAppDispatch()
  return useCallback((scope: PersonalDataScope) => readPersonalData(dispatch, mini, scope), [dispatch, mini])
}
