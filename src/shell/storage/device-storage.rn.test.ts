import Taro from '@tarojs/taro'
import type { DeviceStorage } from './device-storage'

/** A fresh copy of the module per launch (its in-memory copy lives as long as the app), over the same device storage. */
const launch = async (): Promise<DeviceStorage> => {
  let storage: DeviceStorage | undefined
  await jest.isolateModulesAsync(async () => {
    jest.doMock('@tarojs/taro', () => ({ __esModule: true, default: Taro }))
    storage = (await import('./device-storage.rn')).deviceStorage
  })
  return storage as DeviceStorage
}

describe('device storage on React Native', () => {
  it('answers from what was stored before launch once it has loaded', async () => {
    await Taro.setStorage({ key: 'shell.privacy-accepted', data: '2026-11' })
    const storage = await launch()
    expect(storage.ready()).toBe(false)
    expect(storage.get('shell.privacy-accepted')).toBeUndefined()

    await storage.load()

    expect(storage.ready()).toBe(true)
    expect(storage.get('shell.privacy-accepted')).toBe('2026-11')
    // The Jest set-up stores a session before each test; it is restored too.
    expect(storage.keys().sort()).toEqual(['shell.privacy-accepted', 'shell.session'])
  })

  it('reads its writes at once and saves them for the next launch', async () => {
    const storage = await launch()
    await storage.load()

    storage.set('shell.session', { accessToken: 'a' })
    storage.set('shell.audit', [])
    storage.remove('shell.audit')

    expect(storage.get('shell.session')).toEqual({ accessToken: 'a' })
    expect(storage.get('shell.audit')).toBeUndefined()
    const next = await launch()
    await next.load()
    expect(next.get('shell.session')).toEqual({ accessToken: 'a' })
    expect(next.keys()).not.toContain('shell.audit')
  })
})
