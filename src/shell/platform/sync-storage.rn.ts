import Taro from '@tarojs/taro'
import type { syncStorage as WebStorage } from './sync-storage'

/**
 * React Native: Taro's RN runtime has no synchronous storage
 * (`getStorageSync` and friends only log "RN 端暂不支持" and return an
 * Error), so reads come from a copy in memory, filled once at launch from
 * AsyncStorage, and every write goes to both. Writes are not awaited: the
 * copy is the truth while the app runs, and AsyncStorage applies them in order.
 * The functions keep WeChat's shapes ('' for a missing key, sizes in KB) so
 * the shell's code is the same on every target.
 */
const copy = new Map<string, unknown>()
let loaded = false
// Captured like the rest of the shell's platform functions, before any mini-app code runs.
const setStorage = Taro.setStorage.bind(Taro)
const removeStorage = Taro.removeStorage.bind(Taro)
const getStorage = Taro.getStorage.bind(Taro)
const getStorageInfo = Taro.getStorageInfo.bind(Taro)

const LIMIT_KB = 10240
const persist = (write: Promise<unknown>, key: string) => write.catch((e: unknown) => console.warn(`device storage: could not save "${key}"`, e))
const sizeKb = () => Math.ceil([...copy].reduce((sum, [k, v]) => sum + k.length + JSON.stringify(v ?? '').length, 0) / 1024)

export const syncStorage: typeof WebStorage = {
  getStorageSync: ((key: string) => (copy.has(key) ? copy.get(key) : '')) as typeof Taro.getStorageSync,
  setStorageSync: (key: string, value: unknown) => {
    copy.set(key, value)
    void persist(setStorage({ key, data: value }), key)
  },
  removeStorageSync: (key: string) => {
    copy.delete(key)
    void persist(removeStorage({ key }), key)
  },
  getStorageInfoSync: () => ({ keys: [...copy.keys()], currentSize: sizeKb(), limitSize: LIMIT_KB }),
  ready: () => loaded,
  load: async () => {
    try {
      // Taro types the promise's value as a bare CallbackResult; RN's implementation resolves with the keys too.
      const { keys } = (await getStorageInfo()) as unknown as Taro.getStorageInfo.SuccessCallbackOption
      for (const key of keys) {
        // A key removed meanwhile fails its read; the app then simply starts without it.
        const found = await getStorage({ key }).catch(() => undefined)
        if (found) copy.set(key, found.data)
      }
    } catch (e: unknown) {
      console.warn('device storage: could not read stored values; starting without them', e)
    }
    loaded = true
  },
}
