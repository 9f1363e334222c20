import { privacyEn } from '../../locales/privacy/en'
import { privacyZhCN, type PrivacyText } from '../../locales/privacy/zh-CN'
import { useLocalized } from '../i18n/text'

const byLocale = { 'zh-CN': privacyZhCN, en: privacyEn }

/** The privacy subpackage's words; kept out of the main locale files so they load with its pages. */
export const usePrivacyText = (): PrivacyText => useLocalized(byLocale)
