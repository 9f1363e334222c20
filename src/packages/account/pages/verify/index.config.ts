import { accountZhCN } from '../../../../locales/account/zh-CN'

export default definePageConfig({ navigationBarTitleText: accountZhCN.verify.title })
