import Taro from '@tarojs/taro'
import { syncStorage } from './sync-storage'

/**
 * The platform functions the shell trusts, taken once when the main package
 * loads, before any mini-app's subpackage can run. A mini-app that replaced
 * `Taro.request` or the storage functions later would see none of the
 * shell's requests, tokens or records: the shell never looks them up again.
 */
const captured = {
  request: Taro.request.bind(Taro) as typeof Taro.request,
  getStorageSync: syncStorage.getStorageSync,
  setStorageSync: syncStorage.setStorageSync,
  removeStorageSync: syncStorage.removeStorageSync,
  getStorageInfoSync: syncStorage.getStorageInfoSync,
}

export const platform: Readonly<typeof captured> = Object.freeze(captured)

/** A stored value, or undefined when the key is missing ('' on every platform) or unreadable. */
export const readStored = <T>(key: string, valid: (value: unknown) => value is T): T | undefined => {
  try {
    const value: unknown = platform.getStorageSync(key)
    return valid(value) ? value : undefined
  } catch {
    return undefined
  }
}

/** Whether stored values can be read synchronously: at once on WeChat and H5, after `loadStorage` on React Native. */
export const storageReady = (): boolean => syncStorage.ready()

/** Fills React Native's in-memory copy from AsyncStorage; resolves at once elsewhere. */
export const loadStorage = (): Promise<void> => syncStorage.load()
