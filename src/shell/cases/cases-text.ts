import { casesEn } from '../../locales/cases/en'
import { casesZhCN, type CasesText } from '../../locales/cases/zh-CN'
import { useLocalized } from '../i18n/text'

const byLocale = { 'zh-CN': casesZhCN, en: casesEn }

/** The case pages' words; kept out of the main locale files so they load with the cases subpackage. */
export const useCasesText = (): CasesText => useLocalized(byLocale)
