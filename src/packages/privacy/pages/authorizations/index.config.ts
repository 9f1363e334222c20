import { privacyZhCN } from '../../../../locales/privacy/zh-CN'

export default definePageConfig({ navigationBarTitleText: privacyZhCN.authorizations.title })
