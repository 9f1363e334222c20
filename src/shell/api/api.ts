import { buildCreateApi, coreModule, reactHooksModule } from '@reduxjs/toolkit/query/react'
import { useShellDispatch, useShellSelector, useShellStore } from '../store/context'
import { taroBaseQuery } from './base-query'

/** RTK Query whose hooks read the shell's store from its private context, wherever they render. */
const createShellApi = buildCreateApi(
  coreModule(),
  reactHooksModule({ hooks: { useDispatch: useShellDispatch, useSelector: useShellSelector, useStore: useShellStore } }),
)

/**
 * The shell's RTK Query API: its own endpoints, called with the resident's
 * session. Mini-apps never see it; each has its own API, bound to its id.
 */
export const api = createShellApi({
  reducerPath: 'api',
  baseQuery: taroBaseQuery(process.env.TARO_APP_API_BASE ?? '/api'),
  endpoints: () => ({}),
})
