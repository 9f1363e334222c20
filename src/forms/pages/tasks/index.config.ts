import { formsZhCN } from '../../../locales/forms/zh-CN'

export default definePageConfig({ navigationBarTitleText: formsZhCN.taskList })
