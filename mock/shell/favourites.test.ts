import { catalogue } from '../generated/catalogue'
import { miniAppAuthorization, TEST_AUTHORIZATION } from '../kit/tokens'

const call = async (path: string, init: RequestInit = {}, auth: Record<string, string> = TEST_AUTHORIZATION) => {
  const response = await fetch(`http://localhost/api/${path}`, { ...init, headers: { 'content-type': 'application/json', ...auth, ...init.headers } })
  return { status: response.status, body: await response.json() }
}

describe('favourites in the mock backend', () => {
  it('keeps the resident’s favourites newest first, and merges a device’s list without duplicates', async () => {
    await call('favourites/s0001', { method: 'PUT' })
    await call('favourites/s0002', { method: 'PUT' })
    expect((await call('favourites')).body).toEqual({ ids: ['s0002', 's0001'] })
    expect((await call('favourites', { method: 'POST', body: JSON.stringify({ ids: ['s0001', 's0003', 's0003'] }) })).body).toEqual({ ids: ['s0002', 's0001', 's0003'] })
    expect((await call('favourites/s0002', { method: 'DELETE' })).body).toEqual({ ids: ['s0001', 's0003'] })
  })

  it('refuses a malformed list', async () => {
    expect((await call('favourites', { method: 'POST', body: JSON.stringify({ ids: ['<script>'] }) })).status).toBe(400)
  })

  it('answers only the resident’s session: no token is 401, a mini-app’s token is 403', async () => {
    expect((await call('favourites', {}, {})).status).toBe(401)
    expect((await call('favourites', {}, miniAppAuthorization(catalogue[0].id))).status).toBe(403)
  })
})
