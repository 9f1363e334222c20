import { paymentZhCN } from '../../../../locales/payment/zh-CN'

export default definePageConfig({ navigationBarTitleText: paymentZhCN.result })
