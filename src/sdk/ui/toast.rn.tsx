import { useEffect } from 'react'
import { Text, View } from '@tarojs/components'
import { useBlock } from './block-kit'
import { InlineStatus } from './inline-status'
import { STATUS_MARK } from './status-kind'
import type { ToastProps } from './toast-types'
import './toast.rn.scss'

export type { ToastProps } from './toast-types'

/** RN: NutUI does not build for Metro, so the toast is a light overlay with its own timer. Same API as toast.tsx. */
export function Toast({ message, kind = 'info', durationMs = 2000, onClose }: ToastProps) {
  const { elder } = useBlock()
  useEffect(() => {
    if (message === null || elder) return undefined
    const timer = setTimeout(onClose, durationMs)
    return () => clearTimeout(timer)
  }, [message, elder, durationMs, onClose])
  if (message === null) return null
  if (elder) return <InlineStatus kind={kind} message={message} onDismiss={onClose} />
  return (
    <View className='ui-toast' role='status'>
      <Text className='ui-toast__text'>{`${STATUS_MARK[kind]} ${message}`}</Text>
    </View>
  )
}
