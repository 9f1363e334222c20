import { restoredSession } from '../identity/session-slice'
import { restoredAudit } from '../privacy/audit-slice'
import { makeStore } from './store'

/** The one store of the running app, with the session restored; tests build their own with `makeStore`. */
export const store = makeStore({ session: restoredSession(), audit: restoredAudit() })
