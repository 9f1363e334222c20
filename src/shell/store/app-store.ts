import { restoredSession } from '../identity/session-slice'
import { restoredSettings } from './settings-slice'
import { makeStore } from './store'

/** The one shell store of the running app, restored from the device; tests build their own with `makeStore`. */
export const store = makeStore({ session: restoredSession(), settings: restoredSettings() })
