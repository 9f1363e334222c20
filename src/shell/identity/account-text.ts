import { accountEn } from '../../locales/account/en'
import { accountZhCN, type AccountText } from '../../locales/account/zh-CN'
import { useLocalized } from '../i18n/text'

const byLocale = { 'zh-CN': accountZhCN, en: accountEn }

/** The account subpackage's words; kept out of the main locale files so they load with its pages. */
export const useAccountText = (): AccountText => useLocalized(byLocale)
