import { Text, View } from '@tarojs/components'
import { cx, useBlock } from './block-kit'
import { Button } from './button'
import { STATUS_MARK, type StatusKind } from './status-kind'
import './inline-status.scss'

/** What `InlineStatus` takes. */
export interface InlineStatusProps {
  /** What the message is about (info, success, warning, error); errors are announced at once. Default info. */
  kind?: StatusKind
  /** The message in the resident's words. */
  message: string
  /** Shows a 知道了 button that calls this; without it the message stays. */
  onDismiss?: () => void
  /** Extra layout classes from the page (margins). */
  className?: string
}

/**
 * A message in the page's flow that stays until the resident dismisses it:
 * what a toast becomes in elder mode (no pop-ups, no timeouts). Errors are
 * announced (role=alert), the rest politely (role=status).
 */
export function InlineStatus({ kind = 'info', message, onDismiss, className }: InlineStatusProps) {
  const { mod, text } = useBlock()
  return (
    <View className={cx(mod('ui-status'), `ui-status--${kind}`, className)} role={kind === 'error' ? 'alert' : 'status'}>
      <Text className={cx(mod('ui-status__message'), `ui-status__message--${kind}`)}>{`${STATUS_MARK[kind]} ${message}`}</Text>
      {onDismiss && (
        <Button kind='plain' inline onClick={onDismiss}>
          {text.dismiss}
        </Button>
      )}
    </View>
  )
}
