/**
 * Every way a request to the API can fail, as data. The base query returns
 * these and never throws, so pages narrow on `kind` instead of catching.
 */
export type ApiError =
  | { kind: 'http'; status: number; code?: string; message?: string }
  | { kind: 'unauthenticated'; status: 401 }
  | { kind: 'timeout' }
  | { kind: 'network'; detail: string }

const KINDS = new Set<ApiError['kind']>(['http', 'unauthenticated', 'timeout', 'network'])

export const isApiError = (value: unknown): value is ApiError =>
  typeof value === 'object' && value !== null && KINDS.has((value as { kind?: ApiError['kind'] }).kind as ApiError['kind'])

/** The error body our API returns: `{ code, message }`. Anything else is ignored. */
export const readErrorBody = (body: unknown): { code?: string; message?: string } => {
  if (typeof body !== 'object' || body === null) return {}
  const { code, message } = body as Record<string, unknown>
  return {
    code: typeof code === 'string' ? code : undefined,
    message: typeof message === 'string' ? message : undefined,
  }
}

/** Taro.request rejects with `{ errMsg }` on weapp and RN, and with an Error on H5. */
export const toTransportError = (e: unknown): ApiError => {
  const text =
    e instanceof Error ? e.message : typeof e === 'object' && e !== null && 'errMsg' in e ? String((e as { errMsg: unknown }).errMsg) : String(e)
  return /time ?out/i.test(text) ? { kind: 'timeout' } : { kind: 'network', detail: text }
}
