import { combineSlices, configureStore } from '@reduxjs/toolkit'
import { setupListeners } from '@reduxjs/toolkit/query'
import { api } from '../api/api'
import { consentSlice } from '../consent/consent-slice'
import { sessionSlice } from '../identity/session-slice'
import { picksSlice } from '../home/picks-slice'
import { settingsSlice } from './settings-slice'

/**
 * The shell's store: its settings, session, consent prompt and server data.
 * Mini-apps have stores of their own (see src/sdk/internal/bind-mini-app.ts)
 * and never see this one.
 */
export const rootReducer = combineSlices(api, settingsSlice, sessionSlice, consentSlice, picksSlice)

export type RootState = ReturnType<typeof rootReducer>

let current: ReturnType<typeof create> | undefined

const create = (preloadedState?: Partial<RootState>) => {
  const store = configureStore({
    reducer: rootReducer,
    middleware: (getDefaultMiddleware) => getDefaultMiddleware().concat(api.middleware),
    preloadedState,
  })
  setupListeners(store.dispatch)
  return store
}

/** Makes the shell's store; the newest one is the app's (tests make one per render). */
export const makeStore = (preloadedState?: Partial<RootState>) => {
  current = create(preloadedState)
  return current
}

export type AppStore = ReturnType<typeof makeStore>
export type AppDispatch = AppStore['dispatch']

/** The running shell's store, for shell services that run outside React (a mini-app's token exchange). */
export const currentShellStore = (): AppStore | undefined => current
