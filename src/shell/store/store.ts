import { combineSlices, configureStore, type Slice, type SliceCaseReducers, type SliceSelectors } from '@reduxjs/toolkit'
import { setupListeners } from '@reduxjs/toolkit/query'
import { api } from '../api/api'
import type { LazyLoadedSlices } from '../../sdk'
import { consentSlice } from '../consent/consent-slice'
import { sessionSlice } from '../identity/session-slice'
import { auditSlice } from '../privacy/audit-slice'
import { settingsSlice } from './settings-slice'

// Mini-apps' slices are injected when their subpackage loads, so the main
// package never imports their reducers; their types arrive by augmenting
// the SDK's LazyLoadedSlices.
export const rootReducer = combineSlices(api, settingsSlice, sessionSlice, consentSlice, auditSlice).withLazyLoadedSlices<LazyLoadedSlices>()

export type RootState = ReturnType<typeof rootReducer>

export const makeStore = (preloadedState?: Partial<RootState>) => {
  const store = configureStore({
    reducer: rootReducer,
    middleware: (getDefaultMiddleware) => getDefaultMiddleware().concat(api.middleware),
    preloadedState,
  })
  setupListeners(store.dispatch)
  return store
}

export type AppStore = ReturnType<typeof makeStore>
export type AppDispatch = AppStore['dispatch']

/** Adds a mini-app's slice to the one store; its selectors then work on the root state. */
export const injectSlice = <
  State,
  CaseReducers extends SliceCaseReducers<State>,
  Name extends string,
  ReducerPath extends string,
  Selectors extends SliceSelectors<State>,
>(
  slice: Slice<State, CaseReducers, Name, ReducerPath, Selectors>,
) => slice.injectInto(rootReducer)
