import { useCallback } from 'react'
import { useMiniAppScope, type MiniAppScope } from '../mini-app/scope'
import { useAppDispatch } from '../store/hooks'
import type { AppDispatch } from '../store/store'
import type { Scope } from '../../sdk/manifest/vocabulary'
import { readWithConsent } from './consented-read'

/** The scopes `usePersonalData` reads: each must be declared in the manifest and consented to. */
export type PersonalDataScope = Extract<Scope, 'profile.name' | 'profile.idNumber' | 'profile.phone' | 'profile.address'>

/** One piece of personal data through the consent flow (`readWithConsent`). */
export const readPersonalData = async (dispatch: AppDispatch, mini: MiniAppScope, scope: PersonalDataScope): Promise<string> =>
  (await readWithConsent<{ value: string }>(dispatch, mini, scope, attributeUrl(scope))).value

/**
 * The server's address for one attribute: without `of`, of whoever the
 * mini-app's token acts for; `of` names the resident or the family member
 * acted for explicitly (a form asks for each field's person).
 */
export const attributeUrl = (scope: Scope, of?: 'resident' | 'subject'): string =>
  `/identity/attributes/${encodeURIComponent(scope)}${of ? `?of=${of}` : ''}`

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
