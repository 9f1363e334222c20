import { restoredSession } from '../identity/session-slice'
import { restoredAudit } from '../privacy/audit-slice'
import { makeStore, type AppStore } from './store'

let store: AppStore | undefined

/**
 * The one store of the running app, with the session restored; tests build
 * their own with `makeStore`. Made on first use, not on import, because on
 * React Native device storage is only readable once it has loaded.
 */
export const appStore = (): AppStore => (store ??= makeStore({ session: restoredSession(), audit: restoredAudit() }))
