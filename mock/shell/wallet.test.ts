import { registerMiniAppForTest } from '../kit/registry'
import { updateMockState } from '../kit/state'
import { miniAppAuthorization, TEST_AUTHORIZATION } from '../kit/tokens'
import { PERSONA_IDS } from '../personas'
import { driverLicenceExpiry } from './wallet-dates'

const call = async (path: string, { method = 'GET', auth = TEST_AUTHORIZATION as Record<string, string>, body }: { method?: string; auth?: Record<string, string>; body?: unknown } = {}) => {
  const response = await fetch(`http://localhost/api/${path}`, {
    method, headers: { ...auth, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : undefined }
}
const verify = (token: string) => call('wallet/qr/verify', { method: 'POST', auth: {}, body: { token } })

describe('the e-certificate wallet (电子证照) in the mock backend', () => {
  it('gives every verified persona an ID card, social-security and medical-insurance card, masked; the new user none', async () => {
    for (const persona of PERSONA_IDS) {
      updateMockState({ persona })
      const types = (await call('wallet/certificates')).body.map((c: { type: string }) => c.type)
      if (persona === 'new-user') expect(types).toEqual([])
      else expect(types).toEqual(expect.arrayContaining(['id-card', 'social-security-card', 'medical-insurance-card']))
    }
  })

  it("shows the driver's licence as expiring, masked, and reveals it only with the re-authentication code", async () => {
    updateMockState({ persona: 'driver' })
    const licence = (await call('wallet/certificates')).body.find((c: { type: string }) => c.type === 'driving-licence')
    expect(licence).toMatchObject({ numberMasked: expect.stringMatching(/^2101\*{10}\d{3}[\dX]$/), holderNameMasked: '王*军', status: 'expiring', validUntil: driverLicenceExpiry() })
    expect(await call('wallet/certificates/driving-licence/reveal', { method: 'POST', body: { code: '000000' } })).toMatchObject({ status: 400, body: { code: 'WRONG_CODE' } })
    const revealed = await call('wallet/certificates/driving-licence/reveal', { method: 'POST', body: { code: '123456' } })
    expect(revealed.body).toEqual({ type: 'driving-licence', number: expect.stringMatching(/^2101\d{13}[\dX]$/), holderName: '王建军' })
    expect((await call('wallet/certificates/residence-permit/qr', { method: 'POST' })).status).toBe(404)
  })

  it('honours only the newest, unexpired QR token, and refuses a forged one', async () => {
    updateMockState({ persona: 'resident' })
    const first = (await call('wallet/certificates/id-card/qr', { method: 'POST' })).body
    expect(await verify(first.token)).toMatchObject({ status: 200, body: { type: 'id-card', holderNameMasked: '张*明' } })
    const second = (await call('wallet/certificates/id-card/qr', { method: 'POST' })).body
    expect(await verify(first.token)).toMatchObject({ status: 410, body: { code: 'QR_SUPERSEDED' } })
    expect(await verify(second.token)).toMatchObject({ status: 200 })
    expect(await verify(second.token.replace(/.$/, (c: string) => (c === '0' ? '1' : '0')))).toMatchObject({ status: 400, body: { code: 'QR_INVALID' } })
    jest.useFakeTimers({ now: Date.parse(second.expiresAt) + 1, doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'] })
    try {
      expect(await verify(second.token)).toMatchObject({ status: 410, body: { code: 'QR_EXPIRED' } })
    } finally {
      jest.useRealTimers()
    }
  })

  it('gives a mini-app a certificate only with the scope and a grant, and audits each read', async () => {
    updateMockState({ persona: 'driver' })
    registerMiniAppForTest({ id: 'licence-reader', scopes: ['certificates'] })
    const asApp = miniAppAuthorization('licence-reader', { scopes: ['certificates'] })
    expect(await call('identity/certificates/driving-licence', { auth: asApp })).toMatchObject({ status: 403, body: { code: 'CONSENT_REQUIRED' } })
    expect((await call('identity/certificates/driving-licence', { auth: miniAppAuthorization('licence-reader') })).body.code).toBe('UNDECLARED_SCOPE')
    expect((await call('identity/certificates/driving-licence')).body.code).toBe('MINI_APP_TOKEN_REQUIRED')
    expect((await call('wallet/certificates', { auth: asApp })).body.code).toBe('SESSION_REQUIRED')
    await call('consents/licence-reader/certificates', { method: 'PUT' })
    expect(await call('identity/certificates/driving-licence', { auth: asApp })).toMatchObject({ status: 200, body: { holderName: '王建军', validUntil: driverLicenceExpiry() } })
    const log = (await call('audit')).body.filter((e: { miniAppId: string }) => e.miniAppId === 'licence-reader')
    expect(log.map((e: { outcome: string; reason?: string }) => `${e.outcome} ${e.reason ?? ''}`.trim())).toEqual([
      'allowed', 'allowed consent-granted', 'denied undeclared', 'denied consent-denied',
    ])
  })
})
