import { privacyZhCN } from '../../../../locales/privacy/zh-CN'

export default definePageConfig({ navigationBarTitleText: privacyZhCN.privacyLog.title })
