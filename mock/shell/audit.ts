import { http, HttpResponse } from 'msw'
import { defineDomainStore } from '../kit/domain-store'
import { miniAppOf } from '../kit/guard'
import { apiError, readJson } from '../kit/responses'

/** One use of the resident's data or power by a mini-app: the data tracker, kept by the server. */
export interface AuditEntry {
  id: string
  at: string
  miniAppId: string
  /** A scope (`profile.idNumber`, `payment`, `family`…) or a capability the client refused (`request:host`). */
  capability: string
  outcome: 'allowed' | 'denied'
  reason?: 'undeclared' | 'consent-denied' | 'consent-granted' | 'consent-revoked' | 'domain-not-allowed' | 'not-family'
  /** `server`: the server saw it; `client`: the shell refused it before sending and reported it. */
  source: 'server' | 'client'
}

const KEEP = 500
const store = defineDomainStore((): { entries: AuditEntry[] } => ({ entries: [] }))
let sequence = 0

/** Handlers record here; the client can read the log but never write or wipe the server's part of it. */
export const recordAudit = (entry: Omit<AuditEntry, 'id' | 'at' | 'source'> & { source?: AuditEntry['source'] }): void => {
  sequence += 1
  store.data.entries.unshift({ id: `au-${sequence}`, at: new Date().toISOString(), source: 'server', ...entry })
  store.data.entries.splice(KEEP)
}

const CLIENT_REASONS = new Set(['undeclared', 'domain-not-allowed'])

export const auditHandlers = [
  http.get('*/api/audit', () => HttpResponse.json(store.data.entries)),
  // The shell reports what it refused before sending; the mini-app comes from the token, the entry is marked as reported.
  http.post('*/api/audit/events', async ({ request }) => {
    const token = miniAppOf(request)
    const { capability, reason } = await readJson<{ capability: string; reason: string }>(request)
    if (!token || typeof capability !== 'string' || !capability || capability.length > 120 || !CLIENT_REASONS.has(String(reason))) {
      return apiError(400, 'INVALID_AUDIT_EVENT', '审计事件不完整')
    }
    recordAudit({ miniAppId: token.app, capability, outcome: 'denied', reason: reason as AuditEntry['reason'], source: 'client' })
    return new HttpResponse(null, { status: 204 })
  }),
]
