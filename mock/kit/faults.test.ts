import { TEST_AUTHORIZATION } from './tokens'
import { faultFor, formatFault, parseFault } from './faults'
import { readSwitches } from './switches'
import { updateMockState } from './state'

const get = async (path: string) => {
  const response = await fetch(`http://localhost/api/${path}`, { headers: TEST_AUTHORIZATION })
  return { status: response.status, body: await response.json().catch(() => undefined) }
}

describe('fault switches', () => {
  it.each([
    ['payments:500', 'payments', { kind: 'http', status: 500 }],
    ['/api/sample-app/records:timeout', 'sample-app/records', { kind: 'timeout' }],
    ['catalogue:offline', 'catalogue', { kind: 'offline' }],
    ['payments:ORDER_CLOSED', 'payments', { kind: 'business', code: 'ORDER_CLOSED' }],
  ])('reads %s', (spec, endpoint, fault) => {
    expect(parseFault(spec)).toEqual([endpoint, fault])
    expect(formatFault(endpoint, fault as never)).toBe(spec.replace('/api/', ''))
  })

  it.each(['payments', ':500', 'payments:slow', 'payments:99', 'payments:101', 'payments:200'])('refuses %s with a message saying what is allowed', (spec) => {
    expect(() => parseFault(spec)).toThrow(/payments:500|Unknown fault/)
  })

  it('matches whole path segments, the most specific first', () => {
    const faults = { 'sample-app': { kind: 'offline' }, 'sample-app/records': { kind: 'http', status: 503 } } as const
    expect(faultFor(faults, 'sample-app/records/r-1/orders')).toEqual({ kind: 'http', status: 503 })
    expect(faultFor(faults, 'sample-app/other')).toEqual({ kind: 'offline' })
    expect(faultFor(faults, 'sample-apps')).toBeUndefined()
  })

  it('reads switches from the query before or after the hash', () => {
    expect(readSwitches('http://h/?persona=driver#/pages/home/index?latency=800&fault=payments:500,catalogue:offline')).toEqual({
      persona: 'driver',
      latencyMs: 800,
      faults: { payments: { kind: 'http', status: 500 }, catalogue: { kind: 'offline' } },
    })
    expect(() => readSwitches('http://h/?persona=nobody')).toThrow('Unknown persona "nobody"; try one of: resident')
    expect(() => readSwitches('http://h/?latency=soon')).toThrow('latency takes milliseconds')
    expect(() => readSwitches('http://h/?latency=60001')).toThrow('latency takes milliseconds from 0 to 60000')
    expect(readSwitches('http://h/?latency=60000')).toEqual({ latencyMs: 60_000 })
  })
})

describe('injected faults', () => {
  it('answers the faulted endpoint only, with the error body of the contract', async () => {
    updateMockState({ faults: Object.fromEntries([parseFault('family:503'), parseFault('messages:READ_ONLY')]) })
    expect(await get('family')).toEqual({ status: 503, body: { code: 'INJECTED_FAULT', message: '模拟故障：服务返回 503' } })
    expect(await get('messages')).toMatchObject({ status: 422, body: { code: 'READ_ONLY' } })
    expect((await get('profile')).status).toBe(200)
  })

  it('takes the network away for an offline endpoint', async () => {
    updateMockState({ faults: Object.fromEntries([parseFault('profile:offline')]) })
    await expect(fetch('http://localhost/api/profile', { headers: TEST_AUTHORIZATION })).rejects.toThrow()
  })

  it('never faults the tester controls themselves', async () => {
    updateMockState({ faults: Object.fromEntries([parseFault('__mock:500')]) })
    expect((await get('__mock/state')).status).toBe(200)
  })
})
