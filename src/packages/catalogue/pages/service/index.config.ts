import { serviceZhCN } from '../../../../locales/service-pages/zh-CN'

export default definePageConfig({ navigationBarTitleText: serviceZhCN.guide.summary })
