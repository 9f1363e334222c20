import Taro from '@tarojs/taro'
import type { BaseQueryFn } from '@reduxjs/toolkit/query'
import { readErrorBody, toTransportError, type ApiError } from './errors'
import { requestsMayStart } from './request-gate'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface RequestArgs {
  url: string
  method?: HttpMethod
  body?: unknown
  params?: Record<string, string | number | boolean | undefined>
}

/** WeChat's own ceiling is 60 s; residents should hear about trouble sooner. */
export const REQUEST_TIMEOUT_MS = 15_000

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
 * (the mini-program runtime has no fetch). It never throws: every failure
 * comes back as a typed `ApiError`.
 */
export const taroBaseQuery =
  (baseUrl: string, { timeoutMs = REQUEST_TIMEOUT_MS } = {}): BaseQueryFn<RequestArgs | string, unknown, ApiError> =>
  async (args) => {
    const { url, method = 'GET', body, params } = typeof args === 'string' ? { url: args } : args
    await requestsMayStart()
    try {
      const response = await Taro.request({
        url: withParams(`${baseUrl}${url}`, params),
        method,
        data: body as Record<string, unknown> | undefined,
        header: { 'content-type': 'application/json' },
        timeout: timeoutMs,
        dataType: 'json',
      })
      const { statusCode, data } = response
      if (statusCode >= 200 && statusCode < 300) return { data }
      if (statusCode === 401) return { error: { kind: 'unauthenticated', status: 401 } }
      return { error: { kind: 'http', status: statusCode, ...readErrorBody(data) } }
    } catch (e: unknown) {
      return { error: toTransportError(e) }
    }
  }
