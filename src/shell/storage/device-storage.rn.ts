import Taro from '@tarojs/taro'
import type { DeviceStorage } from './device-storage'

/**
 * React Native: Taro's RN runtime has no synchronous storage
 * (`getStorageSync` and friends only log "RN 端暂不支持" and return an
 * Error), so reads come from a copy in memory, filled once at launch from
 * AsyncStorage, and every write goes to both. Writes are not awaited: the
 * copy is the truth while the app runs, and AsyncStorage applies them in order.
 */
const copy = new Map<string, unknown>()
let loaded = false

const persist = (write: Promise<unknown>, key: string) =>
  write.catch((e: unknown) => console.warn(`device storage: could not save "${key}"`, e))

export const deviceStorage: DeviceStorage = {
  get: <T>(key: string) => copy.get(key) as T | undefined,
  set: (key, value) => {
    copy.set(key, value)
    void persist(Taro.setStorage({ key, data: value }), key)
  },
  remove: (key) => {
    copy.delete(key)
    void persist(Taro.removeStorage({ key }), key)
  },
  keys: () => [...copy.keys()],
  ready: () => loaded,
  load: async () => {
    try {
      // Taro types the promise's value as a bare CallbackResult; RN's implementation resolves with the keys too.
      const { keys } = (await Taro.getStorageInfo()) as unknown as Taro.getStorageInfo.SuccessCallbackOption
      for (const key of keys) {
        // A key removed meanwhile fails its read; the app then simply starts without it.
        const found = await Taro.getStorage({ key }).catch(() => undefined)
        if (found) copy.set(key, found.data)
      }
    } catch (e: unknown) {
      console.warn('device storage: could not read stored values; starting without them', e)
    }
    loaded = true
  },
}
