import { catalogue } from '../generated/catalogue'
import { serverMiniApp } from './registry'
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
