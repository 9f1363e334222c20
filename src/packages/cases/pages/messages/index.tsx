import { MessageList } from '../../../../shell/messages/message-list'

/** My → 消息 (and Home's unread line): the message centre. */
export default function MessagesPage() {
  return <MessageList />
}
