import Taro from '@tarojs/taro'

/**
 * The platform functions the shell trusts, taken once when the main package
 * loads, before any mini-app's subpackage can run. A mini-app that replaced
 * `Taro.request` or the storage functions later would see none of the
 * shell's requests, tokens or records: the shell never looks them up again.
 */
const captured = {
  request: Taro.request.bind(Taro) as typeof Taro.request,
  getStorageSync: Taro.getStorageSync.bind(Taro) as typeof Taro.getStorageSync,
  setStorageSync: Taro.setStorageSync.bind(Taro) as typeof Taro.setStorageSync,
  removeStorageSync: Taro.removeStorageSync.bind(Taro) as typeof Taro.removeStorageSync,
  getStorageInfoSync: Taro.getStorageInfoSync.bind(Taro) as typeof Taro.getStorageInfoSync,
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
