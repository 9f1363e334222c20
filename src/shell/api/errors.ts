/**
 * Every way a request to the API can fail, as data. The base query returns
 * these and never throws, so pages narrow on `kind` instead of catching.
 */
export type ApiError =
  | { kind: 'http'; status: number; code?: string; message?: string; retryAfterSec?: number }
  | { kind: 'unauthenticated'; status: 401 }
  | { kind: 'timeout' }
  | { kind: 'network'; detail: string }
  /** The shell would not send it: a host the mini-app did not declare, or a token where it must not go. */
  | { kind: 'refused'; reason: string }

const KINDS = new Set<ApiError['kind']>(['http', 'unauthenticated', 'timeout', 'network', 'refused'])

/** Whether a value (an RTK Query `error`, a caught exception) is one of the typed API errors. */
export const isApiError = (value: unknown): value is ApiError =>
  typeof value === 'object' && value !== null && KINDS.has((value as { kind?: ApiError['kind'] }).kind as ApiError['kind'])

/** The error body our API returns: `{ code, message }`. Anything else is ignored. */
export const readErrorBody = (body: unknown): { code?: string; message?: string; retryAfterSec?: number } => {
  if (typeof body !== 'object' || body === null) return {}
  const { code, message, retryAfterSec } = body as Record<string, unknown>
  return {
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof message === 'string' ? { message } : {}),
    ...(typeof retryAfterSec === 'number' ? { retryAfterSec } : {}),
  }
}

/** Taro.request rejects with `{ errMsg }` on weapp and RN, and with an Error on H5. */
export const toTransportError = (e: unknown): ApiError => {
  const text =
    e instanceof Error ? e.message : typeof e === 'object' && e !== null && 'errMsg' in e ? String((e as { errMsg: unknown }).errMsg) : String(e)
  return /time ?out/i.test(text) ? { kind: 'timeout' } : { kind: 'network', detail: text }
}
