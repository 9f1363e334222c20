import Taro from '@tarojs/taro'

/**
 * The device's key-value storage, read synchronously: the shell restores the
 * session and the settings while it makes its store, before the first
 * render. WeChat and H5 have synchronous storage, so these are the
 * platform's own functions and ready at once; React Native has only
 * AsyncStorage, so `sync-storage.rn.ts` answers from a copy in memory that
 * `load` fills at launch.
 */
export const syncStorage = {
  getStorageSync: Taro.getStorageSync.bind(Taro) as typeof Taro.getStorageSync,
  setStorageSync: Taro.setStorageSync.bind(Taro) as typeof Taro.setStorageSync,
  removeStorageSync: Taro.removeStorageSync.bind(Taro) as typeof Taro.removeStorageSync,
  getStorageInfoSync: Taro.getStorageInfoSync.bind(Taro) as typeof Taro.getStorageInfoSync,
  /** Whether the synchronous reads already see what is stored. */
  ready: (): boolean => true,
  /** Reads what is stored so the synchronous calls can answer; the app renders nothing until it settles. */
  load: (): Promise<void> => Promise.resolve(),
}
