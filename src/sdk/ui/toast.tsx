import NutToast from '@nutui/nutui-react-taro/dist/es/packages/toast/index'
import '@nutui/nutui-react-taro/dist/es/packages/toast/style/css'
import { useBlock } from './block-kit'
import { InlineStatus } from './inline-status'
import { NutTheme } from './nut-theme'
import { STATUS_MARK } from './status-kind'
import type { ToastProps } from './toast-types'

export type { ToastProps } from './toast-types'

/**
 * A short message that goes by itself (NutUI's Toast on weapp and H5, a
 * light overlay on RN). In elder mode it is an `InlineStatus` where the
 * toast is placed, and stays until the resident dismisses it.
 */
export function Toast({ message, kind = 'info', durationMs = 2000, onClose }: ToastProps) {
  const { elder } = useBlock()
  if (message === null) return null
  if (elder) return <InlineStatus kind={kind} message={message} onDismiss={onClose} />
  return (
    <NutTheme>
      <NutToast visible content={`${STATUS_MARK[kind]} ${message}`} duration={durationMs / 1000} onClose={onClose} />
    </NutTheme>
  )
}
