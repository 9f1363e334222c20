import { http, HttpResponse } from 'msw'
import { sessionOf } from '../kit/guard'
import { serverMiniApp } from '../kit/registry'
import { apiError, readJson } from '../kit/responses'
import { revokeSession, rotateRefresh, startSession } from '../kit/sessions'
import { MINI_APP_TTL_SEC, mintSession, newSessionId, signToken, verifyToken } from '../kit/tokens'
import { recordAudit } from './audit'
import { familyStore } from './family'

/** Every SMS code the mock sends; docs/testing.md tells testers. */
export const MOCK_SMS_CODE = '123456'
const RESEND_AFTER_SEC = 60
const lastSentAt = new Map<string, number>()

const newSession = () => {
  const sid = newSessionId()
  startSession(sid)
  return mintSession(sid)
}

/**
 * Sign-in, refresh and the token exchange. Whoever signs in becomes the
 * current persona: testers pick who they are with ?persona=.
 */
export const authHandlers = [
  http.post('*/api/auth/sms/send', async ({ request }) => {
    const { phone } = await readJson<{ phone: string }>(request)
    if (!phone || !/^1\d{10}$/.test(phone)) return apiError(400, 'INVALID_PHONE', '请输入 11 位手机号码')
    const waited = (Date.now() - (lastSentAt.get(phone) ?? 0)) / 1000
    if (waited < RESEND_AFTER_SEC) {
      const retryAfterSec = Math.ceil(RESEND_AFTER_SEC - waited)
      return HttpResponse.json({ code: 'SMS_RATE_LIMITED', message: `发送过于频繁，请 ${retryAfterSec} 秒后再试`, retryAfterSec }, { status: 429 })
    }
    lastSentAt.set(phone, Date.now())
    return HttpResponse.json({ resendAfterSec: RESEND_AFTER_SEC })
  }),
  http.post('*/api/auth/sms/verify', async ({ request }) => {
    const { code } = await readJson<{ phone: string; code: string }>(request)
    if (code !== MOCK_SMS_CODE) return apiError(400, 'WRONG_CODE', '验证码错误或已过期')
    return HttpResponse.json(newSession())
  }),
  http.post('*/api/auth/wechat', async ({ request }) => {
    const { code } = await readJson<{ code: string }>(request)
    // The real server calls jscode2session here and keeps session_key; it never reaches the client.
    if (!code) return apiError(400, 'INVALID_CODE', '微信登录失败，请重试')
    return HttpResponse.json(newSession())
  }),
  http.post('*/api/auth/refresh', async ({ request }) => {
    const { refreshToken } = await readJson<{ refreshToken: string }>(request)
    const claims = verifyToken(refreshToken)
    if (claims?.typ !== 'refresh') return apiError(401, 'SESSION_EXPIRED', '登录已过期，请重新登录')
    const gen = rotateRefresh(claims.sid, claims.gen)
    if (gen === 'revoked' || gen === 'reused') return apiError(401, 'SESSION_EXPIRED', '登录已过期，请重新登录')
    return HttpResponse.json(mintSession(claims.sid, gen))
  }),
  http.post('*/api/auth/logout', ({ request }) => {
    const session = sessionOf(request)
    if (session) revokeSession(session.sid)
    return new HttpResponse(null, { status: 204 })
  }),
  /**
   * OAuth 2.0 token exchange (RFC 8693 in spirit): the resident's session for a
   * short-lived token bound to one mini-app and the scopes the server's own
   * registry says it declared. Acting for a family member needs the `family`
   * scope and a relationship the server has verified.
   */
  http.post('*/api/auth/token-exchange', async ({ request }) => {
    const session = sessionOf(request)!
    const { miniAppId, actingFor } = await readJson<{ miniAppId: string; actingFor: string }>(request)
    const app = typeof miniAppId === 'string' ? serverMiniApp(miniAppId) : undefined
    if (!app) return apiError(404, 'UNKNOWN_MINI_APP', '未找到该服务')
    if (actingFor !== undefined) {
      if (!app.scopes.includes('family')) {
        recordAudit({ miniAppId: app.id, capability: 'family', outcome: 'denied', reason: 'undeclared' })
        return apiError(403, 'FAMILY_SCOPE_REQUIRED', '该服务不支持为家人办理')
      }
      if (!familyStore.data.members.some((m) => m.id === actingFor)) {
        recordAudit({ miniAppId: app.id, capability: 'family', outcome: 'denied', reason: 'not-family' })
        return apiError(403, 'NOT_FAMILY', '未核实您与该成员的关系')
      }
      recordAudit({ miniAppId: app.id, capability: 'family', outcome: 'allowed' })
    }
    const accessToken = signToken({
      typ: 'mini-app', sid: session.sid, app: app.id, scopes: app.scopes,
      ...(typeof actingFor === 'string' ? { act: actingFor } : {}), exp: Date.now() + MINI_APP_TTL_SEC * 1000,
    })
    return HttpResponse.json({ accessToken, expiresInSec: MINI_APP_TTL_SEC, miniAppId: app.id, scopes: app.scopes })
  }),
]

/** Between tests, so one test's SMS does not rate-limit the next. */
export const resetSmsLimits = (): void => lastSentAt.clear()
