import { serviceEn } from '../../locales/service-pages/en'
import { serviceZhCN, type ServiceText } from '../../locales/service-pages/zh-CN'
import { useLocalized } from '../i18n/text'

const byLocale = { 'zh-CN': serviceZhCN, en: serviceEn }

/** A service page's words (guide, web page, way in); kept out of the main locale files so they load with its subpackage. */
export const useServiceText = (): ServiceText => useLocalized(byLocale)
