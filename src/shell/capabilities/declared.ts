import { PermissionDeniedError } from '../consent/errors'
import type { MiniAppScope } from '../mini-app/scope'
import { recordAudit, type AuditEntry } from '../privacy/audit-slice'
import type { AppDispatch } from '../store/store'
import type { Scope } from '../../sdk/manifest/vocabulary'

export type Audit = (outcome: AuditEntry['outcome'], reason?: AuditEntry['reason']) => void

export const auditor = (dispatch: AppDispatch, miniAppId: string, capability: string): Audit => (outcome, reason) =>
  void dispatch(recordAudit({ miniAppId, capability, outcome, ...(reason ? { reason } : {}) }))

/**
 * Every capability starts here: a scope the manifest did not declare is
 * refused with a typed error, and the refusal is recorded.
 */
export const requireDeclared = (mini: MiniAppScope, scope: Scope, audit: Audit) => {
  const declared = mini.permissions.find((p) => p.scope === scope)
  if (!declared) {
    audit('denied', 'undeclared')
    throw new PermissionDeniedError(mini.id, scope)
  }
  return declared
}
