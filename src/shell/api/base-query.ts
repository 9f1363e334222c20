import Taro from '@tarojs/taro'
import type { BaseQueryFn } from '@reduxjs/toolkit/query'
import { actingForHeader } from '../identity/acting-for'
import { refreshSessionOnce } from '../identity/refresh'
import { tokenVault } from '../identity/token-vault'
import { readErrorBody, toTransportError, type ApiError } from './errors'
import { requestsMayStart } from './request-gate'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface RequestArgs {
  url: string
  method?: HttpMethod
  body?: unknown
  params?: Record<string, string | number | boolean | undefined>
  headers?: Record<string, string>
}

/** WeChat's own ceiling is 60 s; residents should hear about trouble sooner. */
export const REQUEST_TIMEOUT_MS = 15_000

/** Emitted when the session is gone for good, so the shell can sign the resident out. */
export const SESSION_EXPIRED = 'shell/sessionExpired'

const withParams = (url: string, params: RequestArgs['params']): string => {
  const query = Object.entries(params ?? {})
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
    .join('&')
  if (!query) return url
  return `${url}${url.includes('?') ? '&' : '?'}${query}`
}

/**
 * The RTK Query base query over `Taro.request`, which exists on every target
 * (the mini-program runtime has no fetch). Paths are relative to the API, so
 * the token only ever goes to the API's origin; an absolute URL is refused
 * (other hosts go through the SDK's `request`, without a token). On a 401 it
 * refreshes once, shared by all requests, and retries once. It never throws.
 */
export const taroBaseQuery =
  (baseUrl: string, { timeoutMs = REQUEST_TIMEOUT_MS } = {}): BaseQueryFn<RequestArgs | string, unknown, ApiError> =>
  async (args, api) => {
    const { url, method = 'GET', body, params, headers } = typeof args === 'string' ? { url: args } : args
    if (!url.startsWith('/')) return { error: { kind: 'refused', reason: `only API paths may use the API client, not ${url.split('?')[0]}` } }
    await requestsMayStart()
    const send = async () => {
      const token = tokenVault.get()?.accessToken
      const response = await Taro.request({
        url: withParams(`${baseUrl}${url}`, params),
        method,
        data: body as Record<string, unknown> | undefined,
        header: {
          'content-type': 'application/json',
          ...headers,
          ...actingForHeader(api?.getState?.(), url),
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        timeout: timeoutMs,
        dataType: 'json',
      })
      return { response, token }
    }
    try {
      const first = await send()
      const refreshed = first.response.statusCode === 401 && !!first.token && (await refreshSessionOnce(baseUrl, first.token))
      const { response } = refreshed ? await send() : first
      const { statusCode, data } = response
      if (statusCode >= 200 && statusCode < 300) return { data: data === '' ? null : data }
      if (statusCode === 401) {
        api?.dispatch?.({ type: SESSION_EXPIRED })
        return { error: { kind: 'unauthenticated', status: 401 } }
      }
      return { error: { kind: 'http', status: statusCode, ...readErrorBody(data) } }
    } catch (e: unknown) {
      return { error: toTransportError(e) }
    }
  }
