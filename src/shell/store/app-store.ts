import { restoredSession } from '../identity/session-slice'
import { restoredSettings } from './settings-slice'
import { makeStore, type AppStore } from './store'

let store: AppStore | undefined

/**
 * The one shell store of the running app, restored from the device; tests
 * build their own with `makeStore`. Made on first use, not on import,
 * because on React Native device storage is readable only once it has loaded.
 */
export const appStore = (): AppStore => (store ??= makeStore({ session: restoredSession(), settings: restoredSettings() }))
