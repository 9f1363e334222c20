import { http, HttpResponse } from 'msw'
import type { components } from '../../src/generated/api/shell'
import { maskIdNumber, maskName } from '../../src/shell/privacy/mask'
import { defineDomainStore } from '../kit/domain-store'
import { miniAppOf } from '../kit/guard'
import { apiError, notFound, readJson } from '../kit/responses'
import { MOCK_SMS_CODE } from './auth'
import { recordAudit } from './audit'
import { granted } from './consent'
import { residentStore } from './resident-store'
import { certificateStatus } from './wallet-dates'
import { QR_TTL_MS, readQr, signQr } from './wallet-qr'
import { WALLET_SEEDS, type HeldCertificate } from './wallet-seeds'

type Status = components['schemas']['CertificateStatus']

/** The wallet: the persona's certificates, and the newest QR sequence issued for each. */
export const walletStore = defineDomainStore((persona) => ({ certificates: WALLET_SEEDS[persona](), latestQr: {} as Record<string, number> }), 'wallet')
let sequence = 0

/** An 18-character number as an ID number is masked (2101**********1234); a shorter card number keeps two characters at each end. */
const maskNumber = (n: string) => (n.length >= 16 ? maskIdNumber(n) : `${n.slice(0, 2)}${'*'.repeat(Math.max(n.length - 4, 1))}${n.slice(-2)}`)
const holderName = () => residentStore.data.identity.name ?? ''

const statusOf = ({ validUntil }: HeldCertificate): Status => certificateStatus(validUntil)

const masked = (c: HeldCertificate) => ({
  type: c.type, numberMasked: maskNumber(c.number), holderNameMasked: maskName(holderName()), validUntil: c.validUntil, status: statusOf(c),
})
const held = (type: unknown) => walletStore.data.certificates.find((c) => c.type === type)
const NONE = '您的卡包中没有该证照'

/**
 * 电子证照. The resident's session (the guard demands it) lists, reveals and
 * shows; a counter verifies a QR token; a mini-app reads a certificate only
 * with its own token, the `certificates` scope and the resident's grant, and
 * every read or refusal is in the privacy log.
 */
export const walletHandlers = [
  http.get('*/api/wallet/certificates', () => HttpResponse.json(walletStore.data.certificates.map((c) => ({ ...masked(c), issuer: c.issuer })))),
  // Re-authentication as for My's reveal: a fresh SMS code from POST /identity/reveal/code, checked on every reveal.
  http.post('*/api/wallet/certificates/:type/reveal', async ({ params, request }) => {
    const certificate = held(params.type)
    if (!certificate) return notFound(NONE)
    if ((await readJson(request)).code !== MOCK_SMS_CODE) return apiError(400, 'WRONG_CODE', '验证码错误或已过期')
    return HttpResponse.json({ type: certificate.type, number: certificate.number, holderName: holderName() })
  }),
  http.post('*/api/wallet/certificates/:type/qr', ({ params }) => {
    const certificate = held(params.type)
    if (!certificate) return notFound(NONE)
    if (statusOf(certificate) === 'expired') return apiError(422, 'CERTIFICATE_EXPIRED', '该证照已过期，无法出示')
    sequence += 1
    walletStore.data.latestQr[certificate.type] = sequence
    const exp = Date.now() + QR_TTL_MS
    return HttpResponse.json({ token: signQr({ t: certificate.type, n: sequence, exp }), expiresAt: new Date(exp).toISOString() })
  }),
  http.post('*/api/wallet/qr/verify', async ({ request }) => {
    const { token } = await readJson<{ token: string }>(request)
    const claims = typeof token === 'string' && token.length <= 2048 ? readQr(token) : undefined
    const certificate = claims && held(claims.t)
    if (!claims || !certificate) return apiError(400, 'QR_INVALID', '二维码无效')
    if (claims.exp <= Date.now()) return apiError(410, 'QR_EXPIRED', '二维码已过期，请让办事人刷新')
    if (walletStore.data.latestQr[claims.t] !== claims.n) return apiError(410, 'QR_SUPERSEDED', '二维码已更新，请扫描最新的二维码')
    return HttpResponse.json(masked(certificate))
  }),
  http.get('*/api/identity/certificates/:type', ({ params, request }) => {
    const token = miniAppOf(request)!
    // Logged under the scope the resident granted, as personal data is (the privacy log names scopes).
    const capability = 'certificates'
    if (!token.scopes.includes('certificates')) {
      recordAudit({ miniAppId: token.app, capability, outcome: 'denied', reason: 'undeclared' })
      return apiError(403, 'UNDECLARED_SCOPE', '该服务未声明使用电子证照')
    }
    if (!granted(token.app, 'certificates')) {
      recordAudit({ miniAppId: token.app, capability, outcome: 'denied', reason: 'consent-denied' })
      return apiError(403, 'CONSENT_REQUIRED', '您尚未授权该服务使用电子证照')
    }
    // The wallet is the resident's own: acting for a family member does not open it.
    const certificate = token.act ? undefined : held(params.type)
    if (!certificate) return notFound(NONE)
    recordAudit({ miniAppId: token.app, capability, outcome: 'allowed' })
    return HttpResponse.json({ type: certificate.type, number: certificate.number, holderName: holderName(), validUntil: certificate.validUntil, issuer: certificate.issuer })
  }),
]
