import { formsEn } from '../../../locales/forms/en'
import { formsZhCN, type FormsText } from '../../../locales/forms/zh-CN'
import { useLocale } from '../../i18n/text'
import type { Locale } from '../ui/field-props'

const byLocale: Record<Locale, FormsText> = { 'zh-CN': formsZhCN, en: formsEn }

export const formsTextOf = (locale: Locale): FormsText => byLocale[locale]

/** The renderer's own residents' text in the resident's language. */
export const useFormsText = (): FormsText => formsTextOf(useLocale())
