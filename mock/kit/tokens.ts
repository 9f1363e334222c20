import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js'

/**
 * Tokens the way a gateway issues them: claims signed with the server's key,
 * so a client can read them but never forge or widen one. (A real gateway
 * keeps its key in a KMS; the mock's is here because the mock is the server.)
 * Expiry is inside the token, so tokens survive a reload of the H5 mock.
 */
const SIGNING_KEY = utf8ToBytes('mock-gateway-signing-key-v1')

export const ACCESS_TTL_SEC = 2 * 60 * 60
export const REFRESH_TTL_SEC = 30 * 24 * 60 * 60
/** Mini-app tokens are short-lived: the shell exchanges the session for a new one when it runs out. */
export const MINI_APP_TTL_SEC = 10 * 60

export interface SessionClaims {
  typ: 'session'
  sid: string
  exp: number
}
export interface RefreshClaims {
  typ: 'refresh'
  sid: string
  /** Rotation generation: an older one used again means the token leaked, and the session is revoked. */
  gen: number
  exp: number
}
/** Bound to one mini-app and the scopes its manifest declares; `act` names a family member acted for. */
export interface MiniAppClaims {
  typ: 'mini-app'
  sid: string
  app: string
  scopes: string[]
  act?: string
  exp: number
}
export type Claims = SessionClaims | RefreshClaims | MiniAppClaims

const signature = (payload: string) => bytesToHex(hmac(sha256, SIGNING_KEY, utf8ToBytes(payload)))

export const signToken = (claims: Claims): string => {
  const payload = bytesToHex(utf8ToBytes(JSON.stringify(claims)))
  return `mock.${payload}.${signature(payload)}`
}

/** The claims of a well-signed, unexpired token, or undefined. */
export const verifyToken = (token: string | null | undefined, now = Date.now()): Claims | undefined => {
  const [prefix, payload, sig] = token?.split('.') ?? []
  if (prefix !== 'mock' || !payload || !sig || !/^[0-9a-f]+$/.test(payload) || signature(payload) !== sig) return undefined
  try {
    const claims = JSON.parse(new TextDecoder().decode(hexToBytes(payload))) as Claims
    return typeof claims.exp === 'number' && claims.exp > now ? claims : undefined
  } catch {
    return undefined
  }
}

export const bearer = (request: Request): string | undefined => request.headers.get('Authorization')?.replace(/^Bearer /, '') || undefined

let sequence = 0
export const newSessionId = (): string => `s-${Date.now().toString(36)}-${(sequence += 1)}`

/** A session's access and refresh tokens, as the sign-in endpoints answer. */
export const mintSession = (sid = newSessionId(), gen = 1, now = Date.now()) => ({
  accessToken: signToken({ typ: 'session', sid, exp: now + ACCESS_TTL_SEC * 1000 }),
  refreshToken: signToken({ typ: 'refresh', sid, gen, exp: now + REFRESH_TTL_SEC * 1000 }),
  expiresInSec: ACCESS_TTL_SEC,
})

/** For tests that call the mock API directly: a session valid until 2100. */
export const TEST_SESSION = mintSession('s-test', 1, 4102444800000 - ACCESS_TTL_SEC * 1000)
export const TEST_AUTHORIZATION = { Authorization: `Bearer ${TEST_SESSION.accessToken}` }

/** For tests: the Authorization header of a mini-app token, with the scopes given (by default, none). */
export const miniAppAuthorization = (app: string, { scopes = [] as string[], act, sid = 's-test' }: { scopes?: string[]; act?: string; sid?: string } = {}) => ({
  Authorization: `Bearer ${signToken({ typ: 'mini-app', sid, app, scopes, ...(act ? { act } : {}), exp: 4102444800000 })}`,
})
