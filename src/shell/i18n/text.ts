import { zhCN, type LocaleText } from '../../locales/zh-CN'
import type { ApiError } from '../api/errors'
import { useAppSelector } from '../store/hooks'
import { selectLocale, type Locale } from '../store/settings-slice'
import { loadedDictionary } from './dictionaries'

/**
 * The shell's text in `locale`. The store holds a locale only once its
 * dictionary is loaded (changeLocale, restoredSettings, useStoredLocale), so
 * the Chinese fallback is a guard, not what a resident sees in English.
 */
export const textFor = (locale: Locale): LocaleText => loadedDictionary(locale) ?? zhCN

/** The shell's residents' text in the resident's chosen language. */
export const useText = (): LocaleText => textFor(useAppSelector(selectLocale))

/** The resident's chosen language; pick residents' text with `useLocalized` rather than by hand. */
export const useLocale = (): Locale => useAppSelector(selectLocale)

/** Picks a mini-app's own text, or a manifest's `{ 'zh-CN', en }` field, for the current locale. */
export const useLocalized = <T>(byLocale: Record<Locale, T>): T => byLocale[useLocale()]

/** The one place that turns an API error into words for residents. */
export const describeApiError = (error: ApiError, text: LocaleText): string => {
  switch (error.kind) {
    case 'network':
      return text.errors.network
    case 'timeout':
      return text.errors.timeout
    case 'unauthenticated':
      return text.errors.unauthenticated
    case 'refused':
      return text.errors.refused
    case 'http':
      if (error.message) return error.message
      if (error.status === 404) return text.errors.notFound
      return error.status >= 500 ? text.errors.server : text.errors.rejected
  }
}
