import Taro from '@tarojs/taro'
import type { syncStorage as Storage } from './sync-storage'

/** A fresh copy of the module per launch (its in-memory copy lives as long as the app), over the same device storage. */
const launch = async (): Promise<typeof Storage> => {
  let storage: typeof Storage | undefined
  await jest.isolateModulesAsync(async () => {
    jest.doMock('@tarojs/taro', () => ({ __esModule: true, default: Taro }))
    storage = (await import('./sync-storage.rn')).syncStorage
  })
  return storage as typeof Storage
}

describe('synchronous storage on React Native', () => {
  beforeEach(async () => {
    for (const key of Taro.getStorageInfoSync().keys) await Taro.removeStorage({ key })
  })

  it('answers from what was stored before launch once it has loaded', async () => {
    await Taro.setStorage({ key: 'shell.privacy-accepted', data: '2026-11' })
    await Taro.setStorage({ key: 'shell.refresh', data: 'r-1' })
    const storage = await launch()
    expect(storage.ready()).toBe(false)
    expect(storage.getStorageSync('shell.privacy-accepted')).toBe('')

    await storage.load()

    expect(storage.ready()).toBe(true)
    expect(storage.getStorageSync('shell.privacy-accepted')).toBe('2026-11')
    expect(storage.getStorageInfoSync().keys.sort()).toEqual(['shell.privacy-accepted', 'shell.refresh'])
  })

  it('reads its writes at once and saves them for the next launch', async () => {
    const storage = await launch()
    await storage.load()

    storage.setStorageSync('shell.refresh', 'r-2')
    storage.setStorageSync('shell.pending-payments', [])
    storage.removeStorageSync('shell.pending-payments')

    expect(storage.getStorageSync('shell.refresh')).toBe('r-2')
    expect(storage.getStorageSync('shell.pending-payments')).toBe('')
    const next = await launch()
    await next.load()
    expect(next.getStorageSync('shell.refresh')).toBe('r-2')
    expect(next.getStorageInfoSync().keys).not.toContain('shell.pending-payments')
  })
})
