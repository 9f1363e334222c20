import { zhCN, type LocaleText } from '../../locales/zh-CN'
import type { Locale } from '../store/settings-slice'

/**
 * H5: Chinese ships with the first load; English (about 3 KB gzip) is a chunk
 * of its own, fetched when a resident picks it or launches with it chosen.
 * Most residents never pay for it. See dictionaries.ts for WeChat and RN.
 */
const loaded: Partial<Record<Locale, LocaleText>> = { 'zh-CN': zhCN }
let loadingEnglish: Promise<LocaleText> | undefined

export const loadedDictionary = (locale: Locale): LocaleText | undefined => loaded[locale]

export const loadDictionary = (locale: Locale): Promise<LocaleText> => {
  const ready = loaded[locale]
  if (ready) return Promise.resolve(ready)
  loadingEnglish ??= import(/* webpackChunkName: "locale-en" */ '../../locales/en').then(
    ({ en }) => (loaded.en = en),
    (error: unknown) => {
      loadingEnglish = undefined // a later choice tries again, e.g. once back online
      throw error
    },
  )
  return loadingEnglish
}
