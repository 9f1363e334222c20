import { consentEn } from '../../locales/consent/en'
import { consentZhCN, type ConsentText } from '../../locales/consent/zh-CN'
import { useLocalized } from '../i18n/text'

const byLocale = { 'zh-CN': consentZhCN, en: consentEn }

/** The consent prompt's words and scope names; kept out of the main locale files (see locales/consent). */
export const useConsentText = (): ConsentText => useLocalized(byLocale)
