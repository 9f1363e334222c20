import { http, HttpResponse } from 'msw'
import { server } from '@test/msw-server'
import { taroBaseQuery } from '../api/base-query'
import { platform } from '../platform/platform'
import { DEFAULT_TTL_SEC, loadRemoteConfig, REMOTE_CONFIG_KEY, type FetchConfig } from './config-cache'
import { DEFAULT_REMOTE_CONFIG } from './config-schema'

const baseQuery = taroBaseQuery('/api')
// The same request the app makes, through Taro.request and MSW.
const fetchConfig: FetchConfig = () => Promise.resolve(baseQuery('/config', undefined as never, {}))

const good = (version: string, extra: Record<string, unknown> = {}) => ({ version, miniApps: { 'some-app': { enabled: false } }, notices: [], ...extra })
let served = 0
const serve = (body: Record<string, unknown>) => server.use(http.get('*/api/config', () => (served++, HttpResponse.json(body))))
const fail = () => server.use(http.get('*/api/config', () => (served++, HttpResponse.error())))
const T0 = 1_800_000_000_000

beforeEach(() => {
  served = 0
})

describe('loading the remote config', () => {
  it('uses the built-in default, everything enabled, when the server fails and nothing was ever stored', async () => {
    fail()
    expect(await loadRemoteConfig({ fetchConfig, now: T0 })).toEqual({ config: DEFAULT_REMOTE_CONFIG, source: 'default', failed: true })
  })

  it('serves the mock seed through the real request path, and stores it', async () => {
    const loaded = await loadRemoteConfig({ fetchConfig, now: T0 })
    expect(loaded.source).toBe('network')
    expect(loaded.config.version).toMatch(/^seed/)
    expect(platform.getStorageSync(REMOTE_CONFIG_KEY)).toContain(loaded.config.version)
  })

  it('asks nothing while the TTL lasts, and asks again after it', async () => {
    serve(good('v1', { ttlSec: 60 }))
    await loadRemoteConfig({ fetchConfig, now: T0 })
    serve(good('v2', { ttlSec: 60 }))
    expect((await loadRemoteConfig({ fetchConfig, now: T0 + 59_000 })).config.version).toBe('v1')
    expect(served).toBe(1)
    expect((await loadRemoteConfig({ fetchConfig, now: T0 + 60_000 })).config.version).toBe('v2')
    expect(served).toBe(2)
  })

  it(`keeps a config ${DEFAULT_TTL_SEC} seconds when the server names no TTL`, async () => {
    serve(good('v1'))
    await loadRemoteConfig({ fetchConfig, now: T0 })
    await loadRemoteConfig({ fetchConfig, now: T0 + DEFAULT_TTL_SEC * 1000 - 1 })
    expect(served).toBe(1)
  })

  it('falls back to the last good config, however old, when the fetch fails', async () => {
    serve(good('v1', { ttlSec: 1 }))
    await loadRemoteConfig({ fetchConfig, now: T0 })
    fail()
    const loaded = await loadRemoteConfig({ fetchConfig, now: T0 + 86_400_000 })
    expect(loaded).toMatchObject({ source: 'cache', failed: true })
    expect(loaded.config).toEqual(good('v1', { ttlSec: 1 }))
  })

  it('rejects a malformed config whole, reports it, and keeps the last good one', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    serve(good('v1', { ttlSec: 1 }))
    await loadRemoteConfig({ fetchConfig, now: T0 })
    // One good change (another-app switched off) beside one bad entry: none of it may apply.
    serve({ version: 'v2', miniApps: { 'another-app': { enabled: false }, 'some-app': { enabled: 'yes' } }, notices: [] })
    const loaded = await loadRemoteConfig({ fetchConfig, now: T0 + 5_000 })
    expect(loaded.config.version).toBe('v1')
    expect(loaded.config.miniApps['another-app']).toBeUndefined()
    expect(loaded.rejected).toEqual([expect.stringContaining('miniApps.some-app.enabled')])
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Remote config rejected whole'))
    expect(platform.getStorageSync(REMOTE_CONFIG_KEY)).toContain('"v1"')
    warn.mockRestore()
  })

  it('ignores a stored copy that no longer fits the schema', async () => {
    platform.setStorageSync(REMOTE_CONFIG_KEY, JSON.stringify({ fetchedAt: T0, config: { version: 'old', miniApps: 'all' } }))
    fail()
    expect((await loadRemoteConfig({ fetchConfig, now: T0 })).source).toBe('default')
  })
})
