import { useCallback } from 'react'
import { isApiError } from '../api/errors'
import { consentEndpoints } from '../consent/consent-api'
import { awaitAnswer, consentAsked } from '../consent/consent-slice'
import { ConsentDeniedError } from '../consent/errors'
import { requestAsMiniApp } from '../mini-app/mini-app-request'
import { useMiniAppScope, type MiniAppScope } from '../mini-app/scope'
import { useAppDispatch } from '../store/hooks'
import type { AppDispatch } from '../store/store'
import type { Scope } from '../../sdk/manifest/vocabulary'
import { requireDeclared } from './declared'

/** The scopes `usePersonalData` reads: each must be declared in the manifest and consented to. */
export type PersonalDataScope = Extract<Scope, 'profile.name' | 'profile.idNumber' | 'profile.phone' | 'profile.address'>

const needsConsent = (error: unknown) => isApiError(error) && error.kind === 'http' && error.status === 403 && error.code === 'CONSENT_REQUIRED'

/**
 * Declared → read with the mini-app's own token → if the server says the
 * resident has not granted it, ask the resident with the manifest's reason,
 * grant with the resident's session, and read again. The value goes straight
 * to the caller, never through any store. The server audits every step.
 */
export const readPersonalData = async (dispatch: AppDispatch, mini: MiniAppScope, scope: PersonalDataScope): Promise<string> => {
  const declared = requireDeclared(mini, scope)
  const read = () => requestAsMiniApp<{ value: string }>(mini, { url: `/identity/attributes/${encodeURIComponent(scope)}` })
  let answer = await read()
  if ('error' in answer && needsConsent(answer.error)) {
    const { id, answer: allowed } = awaitAnswer()
    dispatch(consentAsked({ id, miniAppId: mini.id, miniAppName: mini.name, scope, reason: declared.reason }))
    if (!(await allowed)) throw new ConsentDeniedError(mini.id, scope)
    await dispatch(consentEndpoints.grantConsent.initiate({ miniAppId: mini.id, scope })).unwrap()
    answer = await read()
  }
  if ('error' in answer) throw answer.error
  return answer.data.value
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
