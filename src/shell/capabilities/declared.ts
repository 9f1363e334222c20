import { PermissionDeniedError } from '../consent/errors'
import { requestAsMiniApp } from '../mini-app/mini-app-request'
import type { MiniAppScope } from '../mini-app/scope'
import type { Scope } from '../../sdk/manifest/vocabulary'

export type ClientRefusal = 'undeclared' | 'domain-not-allowed'

/**
 * A capability the shell refused before anything was sent is reported to the
 * server's privacy log (marked as reported by the client), best effort: the
 * refusal itself never waits for it.
 */
export const reportRefusal = (mini: MiniAppScope, capability: string, reason: ClientRefusal): void => {
  void requestAsMiniApp(mini, { url: '/audit/events', method: 'POST', body: { capability, reason } })
}

/**
 * Every capability starts here: a scope the manifest did not declare is
 * refused with a typed error, and the refusal is recorded. (The server refuses
 * it too: the mini-app's token carries only the declared scopes.)
 */
export const requireDeclared = (mini: MiniAppScope, scope: Scope) => {
  const declared = mini.permissions.find((p) => p.scope === scope)
  if (!declared) {
    reportRefusal(mini, scope, 'undeclared')
    throw new PermissionDeniedError(mini.id, scope)
  }
  return declared
}
