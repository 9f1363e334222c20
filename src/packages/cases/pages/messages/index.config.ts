import { messagesZhCN } from '../../../../locales/messages/zh-CN'

export default definePageConfig({ navigationBarTitleText: messagesZhCN.title })
