import { Text, View } from '@tarojs/components'
import { focusable } from '../ui/focusable'
import type { Message } from './messages-api'
import { useMessagesText } from './messages-text'

/** One message: its kind, title, when, and body; unread ones say so in words, not only with the dot. */
export function MessageRow({ message, onOpen }: { message: Message; onOpen(message: Message): void }) {
  const words = useMessagesText()
  return (
    <View {...focusable} className={`message-row${message.read ? '' : ' message-row--unread'}`} data-testid={`message-${message.id}`}
      role='link' onClick={() => onOpen(message)}>
      <View className='message-row__header'>
        {!message.read && <Text className='message-row__unread'>{words.unread}</Text>}
        <Text className='message-row__kind'>{words.kinds[message.kind]}</Text>
        <Text className='message-row__when'>{message.sentAt.slice(0, 10)}</Text>
      </View>
      <Text className='message-row__title'>{message.title}</Text>
      <Text className='message-row__body'>{message.body}</Text>
    </View>
  )
}
