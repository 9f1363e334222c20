import { myEn } from '../../locales/my/en'
import { myZhCN, type MyText } from '../../locales/my/zh-CN'
import { useLocalized } from '../../shell/i18n/text'

const byLocale = { 'zh-CN': myZhCN, en: myEn }

/** The My tab's words; kept out of the main locale files (see locales/my). */
export const useMyText = (): MyText => useLocalized(byLocale)
