import { paymentEn } from '../../locales/payment/en'
import { paymentZhCN, type PaymentText } from '../../locales/payment/zh-CN'
import { useLocalized } from '../i18n/text'

const byLocale = { 'zh-CN': paymentZhCN, en: paymentEn }

/** The payment subpackage's words; kept out of the main locale files so they load with its pages. */
export const usePaymentText = (): PaymentText => useLocalized(byLocale)
