import { catalogue } from '../generated/catalogue'
import { serverMiniApp } from './registry'
import { readSwitches } from './switches'
import { updateMockState } from './state'
import { miniAppAuthorization, TEST_AUTHORIZATION } from './tokens'

const native = catalogue.find((e) => e.kind === 'native' && serverMiniApp(e.id))!
const { id } = native

const exchange = () =>
  fetch('http://localhost/api/auth/token-exchange', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...TEST_AUTHORIZATION },
    body: JSON.stringify({ miniAppId: id }),
  })

describe("the server holds the kill switch against a stale client", () => {
  it('refuses a disabled mini-app its token exchange and its API, with MINI_APP_DISABLED', async () => {
    expect((await exchange()).status).toBe(200)
    updateMockState({ disabled: [id] })
    const refused = await exchange()
    expect(refused.status).toBe(403)
    expect(await refused.json()).toMatchObject({ code: 'MINI_APP_DISABLED' })
    const api = await fetch(`http://localhost/api/${id}/anything`, { headers: miniAppAuthorization(id, { scopes: serverMiniApp(id)!.scopes }) })
    expect(api.status).toBe(403)
    expect(await api.json()).toMatchObject({ code: 'MINI_APP_DISABLED' })
  })

  it('serves the switched-off mini-app in GET /api/config, to anyone', async () => {
    updateMockState({ disabled: [id] })
    const config = (await (await fetch('http://localhost/api/config')).json()) as { miniApps: Record<string, { enabled: boolean }> }
    expect(config.miniApps[id].enabled).toBe(false)
  })
})

describe('the disable switch', () => {
  it('reads ids from the address, repeated or comma-separated', () => {
    expect(readSwitches('http://h/?disable=a-app#/pages/home/index?disable=b-app,c-app')).toEqual({ disabled: ['a-app', 'b-app', 'c-app'] })
  })

  it('refuses a PUT whose disabled is not a list of ids', async () => {
    const response = await fetch('http://localhost/api/__mock/state', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ disabled: 'all' }) })
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ code: 'BAD_DISABLED' })
  })

  it('serves a whole config put by a tester, malformed too, and the seed again after null', async () => {
    const put = (config: unknown) => fetch('http://localhost/api/__mock/state', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ config }) })
    await put({ version: 7 })
    expect(await (await fetch('http://localhost/api/config')).json()).toEqual({ version: 7 })
    await put(null)
    expect(await (await fetch('http://localhost/api/config')).json()).toMatchObject({ version: 'seed-1' })
  })
})
