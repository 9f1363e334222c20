import { Text, View } from '@tarojs/components'
import { useElderMode } from '../mini-app/shell-facts'
import { ActionButton } from '../ui/action-button'
import { QueryView } from '../ui/query-view'
import { MessageRow } from './message-row'
import { useListMessagesQuery, useMarkAllMessagesReadMutation, useMarkMessageReadMutation, type Message } from './messages-api'
import { useMessagesText } from './messages-text'
import { openMessageTarget } from './open-target'
import './messages.scss'

/** 消息中心: the backend's messages, newest first; opening one marks it read and opens what it is about. */
export function MessageList() {
  const words = useMessagesText()
  const elder = useElderMode()
  const messages = useListMessagesQuery()
  const [markRead] = useMarkMessageReadMutation()
  const [markAllRead, markingAll] = useMarkAllMessagesReadMutation()
  const anyUnread = (messages.data ?? []).some((m) => !m.read)

  const open = (message: Message) => {
    // Reading is bookkeeping: the resident goes on to the case (or certificate) at once, and a failed mark is retried by the next open.
    if (!message.read) void markRead(message.id)
    openMessageTarget(message.target)
  }

  return (
    <View className={`messages${elder ? ' elder' : ''}`}>
      {anyUnread && (
        <View className='messages__actions'>
          <ActionButton kind='secondary' onClick={() => void markAllRead()} disabled={markingAll.isLoading}>{words.readAll}</ActionButton>
        </View>
      )}
      <QueryView query={messages} empty={<Text className='messages__empty'>{words.empty}</Text>}>
        {(list) => list.map((message) => <MessageRow key={message.id} message={message} onOpen={open} />)}
      </QueryView>
    </View>
  )
}
