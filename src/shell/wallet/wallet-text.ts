import { walletEn } from '../../locales/wallet/en'
import { walletZhCN, type WalletText } from '../../locales/wallet/zh-CN'
import { useLocalized } from '../i18n/text'

const byLocale = { 'zh-CN': walletZhCN, en: walletEn }

/** 电子证照's words; kept out of the main locale files so they load with its subpackage. */
export const useWalletText = (): WalletText => useLocalized(byLocale)
