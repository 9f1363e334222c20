import Taro from '@tarojs/taro'

/**
 * The device's key-value storage, read synchronously: the shell restores the
 * session and the privacy choice while it makes the store, before the first
 * render. WeChat and H5 have synchronous storage, so this is a thin wrapper
 * and is ready at once; React Native has only AsyncStorage, so
 * `device-storage.rn.ts` keeps a copy in memory that `load` fills at launch.
 */
export interface DeviceStorage {
  /** The stored value, or undefined when there is none. */
  get: <T>(key: string) => T | undefined
  set: (key: string, value: unknown) => void
  remove: (key: string) => void
  keys: () => string[]
  /** Whether `get` already sees what is stored. */
  ready: () => boolean
  /** Reads what is stored so `get` can answer synchronously; the app renders nothing until it settles. */
  load: () => Promise<void>
}

export const deviceStorage: DeviceStorage = {
  get: <T>(key: string) => {
    const value = Taro.getStorageSync(key) as T | ''
    return value === '' ? undefined : value
  },
  set: (key, value) => Taro.setStorageSync(key, value),
  remove: (key) => Taro.removeStorageSync(key),
  keys: () => Taro.getStorageInfoSync().keys,
  ready: () => true,
  load: () => Promise.resolve(),
}
