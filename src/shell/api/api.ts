import { createApi } from '@reduxjs/toolkit/query/react'
import { taroBaseQuery } from './base-query'

/**
 * The one RTK Query API of the super-app. The shell and every mini-app add
 * their endpoints to it with `api.injectEndpoints`, prefixing tags and paths
 * with their id, so all server data shares one cache and one middleware.
 */
export const api = createApi({
  reducerPath: 'api',
  baseQuery: taroBaseQuery(process.env.TARO_APP_API_BASE ?? '/api'),
  endpoints: () => ({}),
})
