import { platform } from '../platform/platform'
import { readErrorBody, toTransportError, type ApiError } from './errors'

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

const withParams = (url: string, params: RequestArgs['params']): string => {
  const query = Object.entries(params ?? {})
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
    .join('&')
  if (!query) return url
  return `${url}${url.includes('?') ? '&' : '?'}${query}`
}

export type Sent = { ok: true; status: number; data: unknown } | { ok: false; status: number; error: ApiError } | { ok: false; status: 0; error: ApiError }

/**
 * One request to the API through the shell's own reference to
 * `Taro.request` (the mini-program runtime has no fetch), with the token it
 * is given. Every HTTP answer and every transport failure becomes data.
 */
export const sendToApi = async (baseUrl: string, args: RequestArgs, token: string | undefined, timeoutMs = REQUEST_TIMEOUT_MS): Promise<Sent> => {
  const { url, method = 'GET', body, params, headers } = args
  try {
    const { statusCode, data } = await platform.request({
      url: withParams(`${baseUrl}${url}`, params),
      method,
      data: body as Record<string, unknown> | undefined,
      header: { 'content-type': 'application/json', ...headers, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      timeout: timeoutMs,
      dataType: 'json',
    })
    if (statusCode >= 200 && statusCode < 300) return { ok: true, status: statusCode, data: data === '' ? null : data }
    if (statusCode === 401) return { ok: false, status: 401, error: { kind: 'unauthenticated', status: 401 } }
    return { ok: false, status: statusCode, error: { kind: 'http', status: statusCode, ...readErrorBody(data) } }
  } catch (e: unknown) {
    return { ok: false, status: 0, error: toTransportError(e) }
  }
}
