import { useEffect } from 'react'
import { appStore } from '../store/app-store'
import { localeChanged, storedLocale } from '../store/settings-slice'
import { loadDictionary, loadedDictionary } from './dictionaries'

/**
 * Starts fetching the dictionary of the language the resident chose last, if
 * it is not bundled (English on H5), as early as the app can read storage.
 */
export const prefetchStoredLocale = (): void => {
  const locale = storedLocale()
  if (!loadedDictionary(locale)) loadDictionary(locale).catch(() => undefined) // useStoredLocale reports nothing either: see there
}

/**
 * Once storage is readable, switches the shell to the language the resident
 * chose last when its dictionary arrives. Taro's H5 router needs the page to
 * mount at once, so the app cannot wait for it: the first frames may be in
 * Chinese. Offline, this launch stays in Chinese and the stored choice is
 * kept, so the next launch tries again.
 */
export const useStoredLocale = (storageReady: boolean): void => {
  useEffect(() => {
    if (!storageReady) return
    const wanted = storedLocale()
    if (appStore().getState().settings.locale === wanted) return
    loadDictionary(wanted).then(
      // Unless the resident picked another language meanwhile.
      () => void (storedLocale() === wanted && appStore().dispatch(localeChanged(wanted))),
      () => undefined,
    )
  }, [storageReady])
}
