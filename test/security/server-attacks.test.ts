import { server } from '@test/msw-server'
import { registerMiniAppForTest } from '../../mock/kit/registry'
import { defineTestMiniApp } from '../../mock/kit/test-mini-app'
import { mintSession, miniAppAuthorization, signToken, TEST_AUTHORIZATION, TEST_SESSION } from '../../mock/kit/tokens'
import { updateMockState } from '../../mock/kit/state'

/**
 * The attacks of issue #10 that the server must stop, whatever the client
 * does: "mallory" is a mini-app written to steal; "victim" is an honest one
 * with a payment scope and consented access to the ID number.
 */
const MALLORY = { id: 'mallory', scopes: ['profile.name'] }
const mallory = miniAppAuthorization(MALLORY.id, { scopes: MALLORY.scopes })

const call = async (method: string, path: string, headers: Record<string, string> = {}, body?: unknown) => {
  const response = await fetch(`http://localhost/api/${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: await response.json().catch(() => undefined) }
}

describe('the server refuses what a mini-app may not do', () => {
  let victim: ReturnType<typeof defineTestMiniApp>
  beforeEach(() => {
    registerMiniAppForTest(MALLORY)
    victim = defineTestMiniApp('victim', ['payment', 'profile.idNumber', 'family'])
    server.use(...victim.handlers)
  })

  it("refuses a mini-app token on the shell's own endpoints (/family, /profile, /consents)", async () => {
    for (const path of ['family', 'profile', 'consents', 'audit', 'payments']) {
      expect(await call('GET', path, mallory)).toMatchObject({ status: 403, body: { code: 'SESSION_REQUIRED' } })
    }
  })

  it("refuses a mini-app token on another mini-app's paths", async () => {
    expect(await call('POST', 'victim/orders', mallory)).toMatchObject({ status: 403, body: { code: 'WRONG_AUDIENCE' } })
  })

  it('grants consent only with the resident\'s session, and only for a scope the mini-app declared', async () => {
    expect(await call('PUT', 'consents/mallory/profile.name', mallory)).toMatchObject({ status: 403, body: { code: 'SESSION_REQUIRED' } })
    expect(await call('PUT', 'consents/mallory/profile.idNumber', TEST_AUTHORIZATION)).toMatchObject({ status: 403, body: { code: 'UNDECLARED_SCOPE' } })
  })

  it("takes the mini-app from the token, never from ?miniApp=, so one mini-app cannot use another's grant", async () => {
    await call('PUT', 'consents/victim/profile.idNumber', TEST_AUTHORIZATION)
    expect(await call('GET', 'identity/attributes/profile.idNumber?miniApp=victim', mallory)).toMatchObject({ status: 403, body: { code: 'UNDECLARED_SCOPE' } })
    expect((await call('GET', 'identity/attributes/profile.idNumber', victim.authorization)).status).toBe(200)
  })

  it('acts for a family member only through a token the server issued for a mini-app declaring family', async () => {
    updateMockState({ persona: 'parent' })
    const session = { Authorization: `Bearer ${TEST_SESSION.accessToken}` }
    expect(await call('POST', 'auth/token-exchange', session, { miniAppId: 'mallory', actingFor: 'fm-newborn' })).toMatchObject({ status: 403, body: { code: 'FAMILY_SCOPE_REQUIRED' } })
    expect(await call('POST', 'auth/token-exchange', session, { miniAppId: 'victim', actingFor: 'fm-stranger' })).toMatchObject({ status: 403, body: { code: 'NOT_FAMILY' } })
    // A header is not a token: the resident's own data comes back, not the child's.
    await call('PUT', 'consents/victim/profile.idNumber', session)
    const own = await call('GET', 'identity/attributes/profile.idNumber', { ...victim.authorization, 'X-Acting-For': 'fm-newborn' })
    const acting = (await call('POST', 'auth/token-exchange', session, { miniAppId: 'victim', actingFor: 'fm-newborn' })).body.accessToken
    const child = await call('GET', 'identity/attributes/profile.idNumber', { Authorization: `Bearer ${acting}` })
    expect(own.body.value).not.toBe(child.body.value)
    expect(child.body.value).toMatch(/^2101022026/)
  })

  it("says whose data a token reads: ?of=resident is the resident's own even while acting, ?of=subject the member's under the family grant", async () => {
    updateMockState({ persona: 'parent' })
    const session = { Authorization: `Bearer ${TEST_SESSION.accessToken}` }
    await call('PUT', 'consents/victim/profile.idNumber', session)
    const acting = { Authorization: `Bearer ${(await call('POST', 'auth/token-exchange', session, { miniAppId: 'victim', actingFor: 'fm-newborn' })).body.accessToken}` }
    const own = (await call('GET', 'identity/attributes/profile.idNumber', victim.authorization)).body.value
    expect((await call('GET', 'identity/attributes/profile.idNumber?of=resident', acting)).body.value).toBe(own)
    // The member's data needs the family grant, not the attribute's own.
    expect(await call('GET', 'identity/attributes/profile.name?of=subject', acting)).toMatchObject({ status: 403, body: { code: 'CONSENT_REQUIRED' } })
    await call('PUT', 'consents/victim/family', session)
    expect(await call('GET', 'identity/attributes/profile.name?of=subject', acting)).toMatchObject({ status: 200, body: { value: '李小宝' } })
    expect(await call('GET', 'identity/attributes/profile.name?of=subject', victim.authorization)).toMatchObject({ status: 403, body: { code: 'NOT_ACTING_FOR_FAMILY' } })
    expect(await call('GET', 'identity/attributes/profile.name?of=someone', acting)).toMatchObject({ status: 400, body: { code: 'INVALID_SUBJECT' } })
  })

  it('keeps the privacy log on the server, where a mini-app can only add its own client-reported refusals', async () => {
    await call('GET', 'identity/attributes/profile.idNumber', mallory)
    expect(await call('POST', 'audit/events', mallory, { capability: 'request:evil.example.com', reason: 'domain-not-allowed' })).toMatchObject({ status: 204 })
    expect(await call('POST', 'audit/events', TEST_AUTHORIZATION, { capability: 'x', reason: 'undeclared' })).toMatchObject({ status: 403 })
    const log = (await call('GET', 'audit', TEST_AUTHORIZATION)).body as { miniAppId: string; capability: string; source: string }[]
    expect(log.map((e) => `${e.miniAppId} ${e.capability} ${e.source}`)).toEqual(['mallory request:evil.example.com client', 'mallory profile.idNumber server'])
  })

  it("pays only the token's own orders, only with the payment scope, and only on the provider's signed word", async () => {
    const { orderId } = (await call('POST', 'victim/orders', victim.authorization)).body
    expect(await call('POST', `payments/${orderId}/prepay`, { ...mallory, 'Idempotency-Key': 'k' })).toMatchObject({ status: 403, body: { code: 'PAYMENT_SCOPE_REQUIRED' } })
    const payingMallory = miniAppAuthorization('mallory', { scopes: ['payment'] })
    expect(await call('POST', `payments/${orderId}/prepay`, { ...payingMallory, 'Idempotency-Key': 'k' })).toMatchObject({ status: 404 })
    expect(await call('POST', `sandbox/cashier/${orderId}/pay`)).toMatchObject({ status: 401 })
    expect(await call('POST', 'payments/notify', {}, { orderId, amountFen: 1000, status: 'SUCCESS', providerTxnId: 't', signature: 'x' })).toMatchObject({ status: 401 })
    expect((await call('GET', `payments/${orderId}`, TEST_AUTHORIZATION)).body.status).toBe('created')
  })

  it('raises a resident to L3 only on a face check their own session started', async () => {
    updateMockState({ persona: 'driver' })
    const { verifyId } = (await call('POST', 'identity/face/start', TEST_AUTHORIZATION)).body
    expect(await call('POST', `sandbox/face/${verifyId}`, {}, { passed: true })).toMatchObject({ status: 401 })
    const other = { Authorization: `Bearer ${mintSession('s-other').accessToken}` }
    expect(await call('POST', `sandbox/face/${verifyId}`, other, { passed: true })).toMatchObject({ status: 404 })
    expect(await call('POST', 'identity/face/result', other, { verifyId })).toMatchObject({ status: 404 })
    expect((await call('GET', 'profile', TEST_AUTHORIZATION)).body.level).toBe('L2')
  })

  it('refuses forged or widened tokens', async () => {
    const forged = signToken({ typ: 'mini-app', sid: 's', app: 'mallory', scopes: ['payment'], exp: 4102444800000 }).replace(/.$/, (c) => (c === '0' ? '1' : '0'))
    expect(await call('GET', 'profile', { Authorization: 'Bearer mock-at.99999999999999' })).toMatchObject({ status: 401 })
    expect(await call('GET', 'identity/attributes/profile.name', { Authorization: `Bearer ${forged}` })).toMatchObject({ status: 401 })
  })

  it('revokes a session whose refresh token is replayed', async () => {
    const first = (await call('POST', 'auth/wechat', {}, { code: 'c' })).body
    const second = (await call('POST', 'auth/refresh', {}, { refreshToken: first.refreshToken })).body
    expect(await call('POST', 'auth/refresh', {}, { refreshToken: first.refreshToken })).toMatchObject({ status: 401 })
    expect(await call('GET', 'profile', { Authorization: `Bearer ${second.accessToken}` })).toMatchObject({ status: 401 })
  })
})
