import type { BaseQueryFn } from '@reduxjs/toolkit/query'
import type { ApiError } from '../api/errors'
import { requestsMayStart } from '../api/request-gate'
import { sendToApi, type RequestArgs } from '../api/send'
import { dropMiniAppToken, miniAppToken } from './mini-app-tokens'

/** The only headers a mini-app may set; the token, acting-for and cookies are the shell's and the server's business. */
const ALLOWED_HEADERS = new Set(['idempotency-key', 'if-none-match', 'if-match', 'accept-language'])

const refuse = (reason: string): { error: ApiError } => ({ error: { kind: 'refused', reason } })

/**
 * Where a mini-app's request may go: always under `/<id>/`. A relative path
 * ('violations', '/violations' or '/<id>/violations') is placed there; an
 * absolute URL, `//`, a `..` or `.` segment, a backslash or an encoded
 * separator is refused rather than normalised.
 */
export const scopedPath = (miniAppId: string, url: unknown): string | { refused: string } => {
  if (typeof url !== 'string' || url.trim() === '') return { refused: 'a request needs a path' }
  const [path, query] = url.split(/\?(.*)/s, 2)
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) return { refused: `only paths under /${miniAppId}/ may be requested, not ${path}` }
  if (/\\|%2e|%2f|%5c|[\u0000-\u001f#]/i.test(path)) return { refused: `the path ${JSON.stringify(path)} has characters a path under /${miniAppId}/ may not have` }
  const segments = path.replace(/^\//, '').split('/')
  if (segments.some((s) => s === '..' || s === '.' || s === '')) return { refused: `the path ${JSON.stringify(path)} must name its segments plainly (no "..", "." or "//")` }
  const own = segments[0] === miniAppId ? segments.slice(1) : segments
  if (own.length === 0) return { refused: `the path ${JSON.stringify(path)} names no resource under /${miniAppId}/` }
  return `/${miniAppId}/${own.join('/')}${query !== undefined ? `?${query}` : ''}`
}

/**
 * A mini-app's RTK Query base query: its paths forced under `/<id>/`, its own
 * token (never the resident's session), and no say over the headers that
 * carry identity. On a 401 the token is exchanged again once. It never throws.
 */
export const miniAppBaseQuery =
  (miniAppId: string, { family }: { family: boolean }): BaseQueryFn<RequestArgs | string, unknown, ApiError> =>
  async (args) => {
    const request = typeof args === 'string' ? { url: args } : args
    const path = scopedPath(miniAppId, request.url)
    if (typeof path !== 'string') return refuse(path.refused)
    const forbidden = Object.keys(request.headers ?? {}).find((name) => !ALLOWED_HEADERS.has(name.toLowerCase()))
    if (forbidden) return refuse(`a mini-app may not set the ${forbidden} header`)
    await requestsMayStart()
    const baseUrl = process.env.TARO_APP_API_BASE ?? '/api'
    const attempt = async () => {
      const token = await miniAppToken(miniAppId, { family })
      return 'error' in token ? { ok: false as const, status: 0, error: token.error } : sendToApi(baseUrl, { ...request, url: path }, token.token)
    }
    let answer = await attempt()
    if (answer.status === 401) {
      dropMiniAppToken(miniAppId)
      answer = await attempt()
    }
    return answer.ok ? { data: answer.data } : { error: answer.error }
  }
