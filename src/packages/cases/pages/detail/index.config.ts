import { casesZhCN } from '../../../../locales/cases/zh-CN'

export default definePageConfig({ navigationBarTitleText: casesZhCN.detailTitle })
