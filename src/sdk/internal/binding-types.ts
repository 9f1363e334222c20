import type { Slice, UnknownAction, SliceCaseReducers, SliceSelectors, ValidateSliceCaseReducers } from '@reduxjs/toolkit'
import type { Api, BaseQueryFn, EndpointDefinitions } from '@reduxjs/toolkit/query'
import type { reactHooksModuleName } from '@reduxjs/toolkit/query/react'
import type { coreModuleName } from '@reduxjs/toolkit/query'
import type { ApiError } from '../../shell/api/errors'
import type { RequestArgs } from '../../shell/api/send'

/** A request a mini-app's endpoint makes: a path under its own prefix, or the full form. */
export type MiniAppRequest = string | RequestArgs

/** The mini-app's RTK Query API: add endpoints with `injectEndpoints`; paths are relative to `/api/<id>/`. */
export type MiniAppApi = Api<BaseQueryFn<MiniAppRequest, unknown, ApiError>, EndpointDefinitions, 'api', string, typeof coreModuleName | typeof reactHooksModuleName>

/**
 * What the registry binds to one mini-app from its manifest
 * (`import { miniApp } from './generated/mini-app'`).
 */
export interface MiniAppBinding {
  /** The mini-app's id: its subpackage root, slice name, cache-tag prefix and API path prefix. */
  readonly id: string
  /** Its own API: endpoints added here reach only `/api/<id>/…`, with the mini-app's own token. */
  readonly api: MiniAppApi
  /** Its one slice, named by its id; a second call throws `SliceTakenError`. */
  createSlice<State, CaseReducers extends SliceCaseReducers<State>, Selectors extends SliceSelectors<State> = SliceSelectors<State>>(options: {
    initialState: State | (() => State)
    reducers: ValidateSliceCaseReducers<State, CaseReducers>
    selectors?: Selectors
  }): Slice<State, CaseReducers, string, string, Selectors>
  /** Reads its own store (its slice and API cache; never the app's): `miniApp.useSelector(slice.selectors.selectFilter)`. */
  useSelector<S, T>(select: (state: S) => T): T
  /** Dispatches to its own store: its slice's actions, its API's utilities. */
  useDispatch(): (action: UnknownAction | ((...args: never[]) => unknown)) => unknown
}
