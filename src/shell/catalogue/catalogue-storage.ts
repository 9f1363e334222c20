import Taro from '@tarojs/taro'
import type { CatalogueStorage } from './catalogue-cache'

/**
 * The device's storage for the catalogue cache: Taro's sync API exists on
 * weapp, H5 and RN alike. It returns '' for a missing key, which is no cache;
 * a write over the quota throws, which `loadCatalogue` turns into `stored: false`.
 */
export const taroCatalogueStorage: CatalogueStorage = {
  get: (key) => {
    const value: unknown = Taro.getStorageSync(key)
    return typeof value === 'string' && value !== '' ? value : undefined
  },
  set: (key, value) => Taro.setStorageSync(key, value),
}
