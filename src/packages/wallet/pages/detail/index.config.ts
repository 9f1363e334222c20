import { walletZhCN } from '../../../../locales/wallet/zh-CN'

export default definePageConfig({ navigationBarTitleText: walletZhCN.title })
