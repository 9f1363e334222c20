import { http } from 'msw'
import { apiError } from './responses'
import { miniAppDisabled } from '../shell/remote-config'
import { isMiniAppId } from './registry'
import { sessionRevoked } from './sessions'
import { bearer, verifyToken, type Claims, type MiniAppClaims, type SessionClaims } from './tokens'

/**
 * Paths anyone may call: sign-in, the remote config, the catalogue, served scenario definitions, tester controls, the provider's signed callback,
 * and a counter's check of a wallet QR token (the signed token is the credential; a real gateway also authenticates the terminal).
 */
const PUBLIC = /^(config$|catalogue(\/|$)|scenarios(\/|$)|auth\/(sms\/send|sms\/verify|wechat|refresh)$|__mock(\/|$)|payments\/notify$|wallet\/qr\/verify$)/
/** Shell endpoints a mini-app calls with its own token; each handler checks the token's scopes. */
const MINI_APP_CALLABLE = /^(identity\/attributes\/[^/]+|identity\/certificates\/[^/]+|payments\/[^/]+\/prepay|audit\/events|cases(\/[^/]+)?)$/

export const apiPath = (request: Request): string => new URL(request.url).pathname.replace(/^.*?\/api\//, '')

/** The verified claims of the request's token, if it has a valid one that was not revoked. */
export const claimsOf = (request: Request): Claims | undefined => {
  const claims = verifyToken(bearer(request))
  return claims && claims.typ !== 'refresh' && !sessionRevoked(claims.sid) ? claims : undefined
}

export const sessionOf = (request: Request): SessionClaims | undefined => {
  const claims = claimsOf(request)
  return claims?.typ === 'session' ? claims : undefined
}

export const miniAppOf = (request: Request): MiniAppClaims | undefined => {
  const claims = claimsOf(request)
  return claims?.typ === 'mini-app' ? claims : undefined
}

/** The kill switch holds on the server: a stale client that still shows the mini-app gets nothing from it. */
const disabledAnswer = (id: string) => apiError(403, 'MINI_APP_DISABLED', `服务“${id}”已暂停使用`)

/** The mini-app a token exchange asks for, read from a clone so the handler can still read the body. */
const exchangeTarget = async (path: string, request: Request): Promise<string | undefined> => {
  if (path !== 'auth/token-exchange') return undefined
  try {
    const body = (await request.clone().json()) as { miniAppId?: unknown }
    return typeof body.miniAppId === 'string' ? body.miniAppId : undefined
  } catch {
    return undefined
  }
}

/**
 * In front of every handler, the server decides who may call what: a
 * mini-app's own paths (`/api/<id>/…`) take only that mini-app's token; the
 * few shell endpoints a mini-app may call take a mini-app token; every other
 * shell endpoint takes only the resident's session, never a mini-app token.
 */
export const guardHandlers = [
  http.all('*/api/*', async ({ request }) => {
    const path = apiPath(request)
    if (PUBLIC.test(path)) return undefined
    const claims = claimsOf(request)
    if (!claims) return apiError(401, 'UNAUTHENTICATED', '登录已失效，请重新登录')
    const owner = path.split('/')[0]
    if (isMiniAppId(owner)) {
      if (miniAppDisabled(owner)) return disabledAnswer(owner)
      if (claims.typ === 'mini-app' && claims.app === owner) return undefined
      return apiError(403, 'WRONG_AUDIENCE', `该服务的接口只接受“${owner}”自己的访问令牌`)
    }
    const audience = claims.typ === 'mini-app' ? claims.app : await exchangeTarget(path, request)
    if (audience && miniAppDisabled(audience)) return disabledAnswer(audience)
    if (MINI_APP_CALLABLE.test(path)) {
      return claims.typ === 'mini-app' ? undefined : apiError(403, 'MINI_APP_TOKEN_REQUIRED', '该接口只接受服务的访问令牌')
    }
    return claims.typ === 'session' ? undefined : apiError(403, 'SESSION_REQUIRED', '服务无权调用该接口')
  }),
]
