import { messagesEn } from '../../locales/messages/en'
import { messagesZhCN, type MessagesText } from '../../locales/messages/zh-CN'
import { useLocalized } from '../i18n/text'

const byLocale = { 'zh-CN': messagesZhCN, en: messagesEn }

/** 消息中心's words; kept out of the main locale files so they load with its subpackage. */
export const useMessagesText = (): MessagesText => useLocalized(byLocale)
