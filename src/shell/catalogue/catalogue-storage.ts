import { platform } from '../platform/platform'
import type { CatalogueStorage } from './catalogue-cache'

/**
 * The device's storage for the catalogue cache, through the shell's captured
 * platform storage (synchronous on every target: on React Native a copy of
 * AsyncStorage read at launch). A missing key reads '' — no cache; a write
 * over the quota throws, which `loadCatalogue` turns into `stored: false`.
 */
export const taroCatalogueStorage: CatalogueStorage = {
  get: (key) => {
    const value: unknown = platform.getStorageSync(key)
    return typeof value === 'string' && value !== '' ? value : undefined
  },
  set: (key, value) => platform.setStorageSync(key, value),
}
