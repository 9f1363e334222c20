import { combineSlices, configureStore, createSlice, type Slice, type SliceCaseReducers, type SliceSelectors, type ValidateSliceCaseReducers } from '@reduxjs/toolkit'
import { createApi, setupListeners } from '@reduxjs/toolkit/query/react'
import { useSelector } from 'react-redux'
import { miniAppBaseQuery } from '../../shell/mini-app/mini-app-base-query'
import type { MiniAppBinding } from './binding-types'

/** What the registry compiles into `mini-apps/<id>/generated/mini-app.ts` from the manifest. */
export interface BindingScope {
  id: string
  permissions: { scope: string }[]
}

/** A mini-app asked for a second slice, or named its slice after something other than its id. */
export class SliceTakenError extends Error {
  constructor(miniAppId: string) {
    super(`Mini-app "${miniAppId}" already has its slice; a mini-app has one slice, named by its id.`)
    this.name = 'SliceTakenError'
  }
}


const makeRuntime = (id: string, family: boolean) => {
  const api = createApi({ reducerPath: 'api', baseQuery: miniAppBaseQuery(id, { family }), endpoints: () => ({}) })
  const reducer = combineSlices(api).withLazyLoadedSlices<Record<string, unknown>>()
  const newStore = () => {
    const store = configureStore({ reducer, middleware: (getDefault) => getDefault().concat(api.middleware) })
    setupListeners(store.dispatch)
    return store
  }
  return { api, reducer, newStore }
}

type Runtime = MiniAppBinding & { readonly store: ReturnType<ReturnType<typeof makeRuntime>['newStore']>; reset: () => void }

const bindings = new Map<string, Runtime>()

/**
 * Binds the SDK to one mini-app: its own RTK Query API (paths under `/<id>/`,
 * its own token) and its own Redux store holding that API and one slice named
 * by its id. The store is not the shell's: nothing dispatched or selected here
 * can reach the resident's session, tokens or another mini-app's state.
 */
export const bindMiniApp = (scope: BindingScope): MiniAppBinding => {
  const existing = bindings.get(scope.id)
  if (existing) return existing
  const { api, reducer, newStore } = makeRuntime(scope.id, scope.permissions.some((p) => p.scope === 'family'))
  let store = newStore()
  let slice: Slice | undefined
  const binding = {
    id: scope.id,
    api,
    get store() {
      return store
    },
    createSlice<State, CaseReducers extends SliceCaseReducers<State>, Selectors extends SliceSelectors<State>>(options: {
      initialState: State | (() => State)
      reducers: ValidateSliceCaseReducers<State, CaseReducers>
      selectors?: Selectors
    }) {
      if (slice) throw new SliceTakenError(scope.id)
      const created = createSlice({ ...options, name: scope.id })
      slice = created as unknown as Slice
      // Injected into this mini-app's own store only; its selectors then read that store's state.
      return created.injectInto(reducer as never)
    },
    // The root state here is the mini-app's own store's: its API cache and its slice, nothing else.
    useSelector: <S, T>(select: (state: S) => T): T => useSelector(select),
    useDispatch: () => store.dispatch,
    reset: () => {
      store = newStore()
    },
  }
  bindings.set(scope.id, binding as never)
  return binding as unknown as MiniAppBinding
}

/** The store a mini-app's pages are rendered with (the shell's page wrapper provides it). */
export const miniAppStore = (id: string) => bindings.get(id)?.store

/** Between tests: every mini-app starts again from an empty store (its slice stays defined). */
export const resetMiniAppStores = (): void => bindings.forEach((b) => b.reset())
