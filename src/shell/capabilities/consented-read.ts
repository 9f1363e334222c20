import { isApiError } from '../api/errors'
import { consentEndpoints } from '../consent/consent-api'
import { awaitAnswer, consentAsked } from '../consent/consent-slice'
import { ConsentDeniedError } from '../consent/errors'
import { requestAsMiniApp } from '../mini-app/mini-app-request'
import type { MiniAppScope } from '../mini-app/scope'
import type { AppDispatch } from '../store/store'
import type { Scope } from '../../sdk/manifest/vocabulary'
import { requireDeclared } from './declared'

const needsConsent = (error: unknown) => isApiError(error) && error.kind === 'http' && error.status === 403 && error.code === 'CONSENT_REQUIRED'

/**
 * Declared → read with the mini-app's own token → if the server says the
 * resident has not granted it, ask the resident with the manifest's reason,
 * grant with the resident's session, and read again. The value goes straight
 * to the caller, never through any store. The server audits every step.
 * Personal data and certificates both come this way.
 */
export const readWithConsent = async <T>(dispatch: AppDispatch, mini: MiniAppScope, scope: Scope, url: string): Promise<T> => {
  const declared = requireDeclared(mini, scope)
  const read = () => requestAsMiniApp<T>(mini, { url })
  let answer = await read()
  if ('error' in answer && needsConsent(answer.error)) {
    const { id, answer: allowed } = awaitAnswer()
    dispatch(consentAsked({ id, miniAppId: mini.id, miniAppName: mini.name, scope, reason: declared.reason }))
    if (!(await allowed)) throw new ConsentDeniedError(mini.id, scope)
    await dispatch(consentEndpoints.grantConsent.initiate({ miniAppId: mini.id, scope })).unwrap()
    answer = await read()
  }
  if ('error' in answer) throw answer.error
  return answer.data
}
