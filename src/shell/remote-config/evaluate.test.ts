import { parseRemoteConfig, type RemoteConfig } from './config-schema'
import { BUCKETS, inRollout, miniAppAvailability, rolloutBucket, shellOutdated } from './evaluate'

const config = (miniApps: RemoteConfig['miniApps'], extra: Partial<RemoteConfig> = {}): RemoteConfig => ({ version: 't', miniApps, notices: [], ...extra })
const users = Array.from({ length: 10_000 }, (_, i) => `resident-${i}`)
const CITY = '210100'

describe('gray release hashing', () => {
  it('gives one resident the same bucket every time, and different buckets per mini-app', () => {
    const bucket = rolloutBucket('resident-42', 'some-app')
    expect(rolloutBucket('resident-42', 'some-app')).toBe(bucket)
    expect(bucket).toBeGreaterThanOrEqual(0)
    expect(bucket).toBeLessThan(BUCKETS)
    const across = new Set(['a-app', 'b-app', 'c-app', 'd-app', 'e-app'].map((id) => rolloutBucket('resident-42', id)))
    expect(across.size).toBeGreaterThan(1)
  })

  it.each([1, 10, 25, 50, 90])('reaches %i%% of 10,000 residents, within 2 points', (percent) => {
    const reached = users.filter((userKey) => inRollout({ percent }, 'some-app', { userKey, city: CITY })).length
    expect(Math.abs((reached / users.length) * 100 - percent)).toBeLessThanOrEqual(2)
  })

  it('only widens: a resident inside 10% stays inside at 50%', () => {
    const at10 = users.filter((userKey) => inRollout({ percent: 10 }, 'some-app', { userKey, city: CITY }))
    expect(at10.every((userKey) => inRollout({ percent: 50 }, 'some-app', { userKey, city: CITY }))).toBe(true)
  })

  it('reaches no signed-out resident below 100%, and everyone at 100%', () => {
    expect(inRollout({ percent: 99 }, 'some-app', { city: CITY })).toBe(false)
    expect(inRollout({ percent: 100 }, 'some-app', { city: CITY })).toBe(true)
  })
})

describe('region and whitelist', () => {
  it('reaches only the listed cities', () => {
    expect(inRollout({ percent: 100, regions: ['210200'] }, 'some-app', { userKey: 'u', city: '210200' })).toBe(true)
    expect(inRollout({ percent: 100, regions: ['210200'] }, 'some-app', { userKey: 'u', city: CITY })).toBe(false)
  })

  it('reaches whitelisted residents whatever the percentage and city, and no one else at 0%', () => {
    const rollout = { percent: 0, regions: ['210200'], users: ['tester-1'] }
    expect(inRollout(rollout, 'some-app', { userKey: 'tester-1', city: CITY })).toBe(true)
    expect(users.some((userKey) => inRollout(rollout, 'some-app', { userKey, city: '210200' }))).toBe(false)
  })
})

describe('availability', () => {
  it('is open when the config does not name the mini-app', () => {
    expect(miniAppAvailability(config({}), 'some-app', { city: CITY })).toEqual({ status: 'open' })
  })

  it('is disabled, with the message, when switched off, even for a whitelisted resident', () => {
    const message = { 'zh-CN': '维护中', en: 'Under maintenance' }
    const off = config({ 'some-app': { enabled: false, message, rollout: { percent: 0, users: ['u'] } } })
    expect(miniAppAvailability(off, 'some-app', { userKey: 'u', city: CITY })).toEqual({ status: 'disabled', message })
  })

  it('is not offered outside a gray release', () => {
    const gray = config({ 'some-app': { enabled: true, rollout: { percent: 0, users: ['u'] } } })
    expect(miniAppAvailability(gray, 'some-app', { userKey: 'v', city: CITY })).toEqual({ status: 'not-offered' })
    expect(miniAppAvailability(gray, 'some-app', { userKey: 'u', city: CITY })).toEqual({ status: 'open' })
  })
})

describe('minimum shell version', () => {
  it.each([
    ['1.0.0', '1.0.0', false],
    ['1.0.0', '1.0.1', true],
    ['1.9.0', '1.10.0', true],
    ['2.0.0', '1.10.3', false],
    ['1.2.0-beta.1', '1.2.0', false],
  ])('shell %s against a minimum of %s: outdated %s', (shell, min, outdated) => {
    expect(shellOutdated(config({}, { minShellVersion: min }), shell)).toBe(outdated)
  })

  it('asks nothing of the shell when the config names no minimum', () => {
    expect(shellOutdated(config({}), '0.0.1')).toBe(false)
  })
})

describe('the schema', () => {
  it('rejects a config whole, naming every problem, when any part is malformed', () => {
    const result = parseRemoteConfig({
      version: 'v2',
      miniApps: { 'good-app': { enabled: false }, 'bad-app': { enabled: 'no' }, 'gray-app': { enabled: true, rollout: { percent: 150 } } },
      notices: [],
    })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.issues.join('\n')).toMatch(/miniApps\.bad-app\.enabled[\s\S]*miniApps\.gray-app\.rollout\.percent/)
  })

  it('rejects a misspelt switch and an id that is not kebab-case, and accepts the seed-shaped config', () => {
    const misspelt = parseRemoteConfig({ version: 'v', miniApps: { 'some-app': { enable: false } }, notices: [] })
    expect(!misspelt.ok && misspelt.issues).toEqual(['miniApps.some-app.enabled: is required', 'miniApps.some-app.enable: is not a known field'])
    expect(parseRemoteConfig({ version: 'v', miniApps: { Some_App: { enabled: true } }, notices: [] }).ok).toBe(false)
    const full = config({ 'some-app': { enabled: true, rollout: { percent: 12.5, regions: ['210100'], users: ['u'] } } }, { ttlSec: 60, minShellVersion: '1.2.3' })
    expect(parseRemoteConfig({ ...full, notices: [{ id: 'n', text: { 'zh-CN': '通知', en: 'Notice' }, level: 'info' }] }).ok).toBe(true)
    expect(parseRemoteConfig(null).ok).toBe(false)
  })

  it('rejects a version the shell cannot compare and a city that is not a code', () => {
    expect(parseRemoteConfig(config({}, { minShellVersion: 'latest' })).ok).toBe(false)
    expect(parseRemoteConfig(config({ 'some-app': { enabled: true, rollout: { percent: 5, regions: ['Shenyang'] } } })).ok).toBe(false)
  })
})
