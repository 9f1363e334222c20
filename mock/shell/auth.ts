import { http, HttpResponse } from 'msw'
import { apiError, readJson } from '../kit/responses'
import { mintSession, validAccessToken, validRefreshToken } from '../kit/tokens'

/** Every SMS code the mock sends; docs/testing.md tells testers. */
export const MOCK_SMS_CODE = '123456'
const RESEND_AFTER_SEC = 60
const lastSentAt = new Map<string, number>()

const PUBLIC = /^(catalogue|scenarios\/|auth\/|sandbox\/|cashier\/|__mock)/

/**
 * Sign-in and the guard in front of every personal endpoint. Whoever signs
 * in becomes the current persona: testers pick who they are with ?persona=.
 */
export const authHandlers = [
  http.all('*/api/*', ({ request }) => {
    const path = new URL(request.url).pathname.replace(/^.*?\/api\//, '')
    if (PUBLIC.test(path) || validAccessToken(request.headers.get('Authorization'))) return undefined
    return apiError(401, 'UNAUTHENTICATED', '登录已失效，请重新登录')
  }),
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
    return HttpResponse.json(mintSession())
  }),
  http.post('*/api/auth/wechat', async ({ request }) => {
    const { code } = await readJson<{ code: string }>(request)
    // The real server calls jscode2session here and keeps session_key; it never reaches the client.
    if (!code) return apiError(400, 'INVALID_CODE', '微信登录失败，请重试')
    return HttpResponse.json(mintSession())
  }),
  http.post('*/api/auth/refresh', async ({ request }) => {
    const { refreshToken } = await readJson<{ refreshToken: string }>(request)
    return validRefreshToken(refreshToken) ? HttpResponse.json(mintSession()) : apiError(401, 'SESSION_EXPIRED', '登录已过期，请重新登录')
  }),
  http.post('*/api/auth/logout', () => new HttpResponse(null, { status: 204 })),
]

/** Between tests, so one test's SMS does not rate-limit the next. */
export const resetSmsLimits = (): void => lastSentAt.clear()
