import { en } from '../../locales/en'
import { zhCN, type LocaleText } from '../../locales/zh-CN'
import type { Locale } from '../store/settings-slice'

/**
 * The shell's dictionaries on WeChat and React Native: both bundled, because
 * neither loads code on demand from the main package. H5 loads English on
 * demand instead (dictionaries.h5.ts), keeping it off the first load.
 */
const dictionaries: Record<Locale, LocaleText> = { 'zh-CN': zhCN, en }

/** The dictionary for `locale` if it can be used now; undefined while it is still loading. */
export const loadedDictionary = (locale: Locale): LocaleText | undefined => dictionaries[locale]

/** Resolves once `loadedDictionary(locale)` returns it. */
export const loadDictionary = async (locale: Locale): Promise<LocaleText> => dictionaries[locale]
