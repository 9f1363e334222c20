import { myZhCN } from '../../locales/my/zh-CN'

export default definePageConfig({ navigationBarTitleText: myZhCN.title })
