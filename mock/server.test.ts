/** @jest-environment node */
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { bypass } from 'msw'
import { TEST_AUTHORIZATION } from './kit/tokens'
import { createMockServer } from './server'

/**
 * The weapp and RN path (the mock server) and the Jest path (msw/node) answer
 * from the same handlers and the same state. `bypass` sends the request past
 * Jest's interceptor onto the real loopback socket.
 */
let listener: Server
let origin: string

beforeAll(async () => {
  listener = createMockServer().listen(0, '127.0.0.1')
  await new Promise((resolve) => listener.once('listening', resolve))
  origin = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => listener.close(resolve)))

const signedIn = (init?: RequestInit): RequestInit => ({ ...init, headers: { ...TEST_AUTHORIZATION, ...init?.headers } })
const viaMockServer = (path: string, init?: RequestInit) => fetch(bypass(new Request(`${origin}${path}`, signedIn(init))))
const viaJest = (path: string, init?: RequestInit) => fetch(`http://localhost${path}`, signedIn(init))

describe('the mock server', () => {
  it('gives the same answer as the Jest path for the same request', async () => {
    const [served, intercepted] = await Promise.all([viaMockServer('/api/applications'), viaJest('/api/applications')])
    expect(served.status).toBe(200)
    expect(await served.json()).toEqual(await intercepted.json())
  })

  it('shares tester controls: a persona set on the server changes both paths', async () => {
    const put = await viaMockServer('/api/__mock/state', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ persona: 'new-user' }) })
    expect((await put.json()).persona).toBe('new-user')
    expect(await (await viaMockServer('/api/profile')).json()).toMatchObject({ level: 'L1' })
    expect(await (await viaJest('/api/profile')).json()).toMatchObject({ level: 'L1' })
  })

  it('serves the control page for testers', async () => {
    const page = await viaMockServer('/__mock')
    expect(page.headers.get('content-type')).toContain('text/html')
    expect(await page.text()).toContain('Mock backend')
  })
})
