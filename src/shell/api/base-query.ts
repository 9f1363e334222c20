import type { BaseQueryFn } from '@reduxjs/toolkit/query'
import { currentAccessToken, refreshSessionOnce } from '../identity/refresh'
import type { ApiError } from './errors'
import { requestsMayStart } from './request-gate'
import { sendToApi, type RequestArgs } from './send'

export type { HttpMethod, RequestArgs } from './send'
export { REQUEST_TIMEOUT_MS } from './send'

/** Emitted when the session is gone for good, so the shell can sign the resident out. */
export const SESSION_EXPIRED = 'shell/sessionExpired'

/**
 * The shell's RTK Query base query: the resident's session token, to API
 * paths only (an absolute URL is refused, so the token never leaves the API's
 * origin). On a 401 it refreshes once, shared by all requests, and retries
 * once. It never throws.
 */
export const taroBaseQuery =
  (baseUrl: string, { timeoutMs }: { timeoutMs?: number } = {}): BaseQueryFn<RequestArgs | string, unknown, ApiError> =>
  async (args, api) => {
    const request = typeof args === 'string' ? { url: args } : args
    if (!request.url.startsWith('/') || request.url.startsWith('//')) {
      return { error: { kind: 'refused', reason: `only API paths may use the API client, not ${request.url.split('?')[0]}` } }
    }
    await requestsMayStart()
    const token = await currentAccessToken(baseUrl)
    const first = await sendToApi(baseUrl, request, token, timeoutMs)
    const refreshed = first.status === 401 && !!token && (await refreshSessionOnce(baseUrl, token))
    const answer = refreshed ? await sendToApi(baseUrl, request, await currentAccessToken(baseUrl), timeoutMs) : first
    if (answer.ok) return { data: answer.data }
    if (answer.status === 401) api?.dispatch?.({ type: SESSION_EXPIRED })
    return { error: answer.error }
  }
