import { View } from '@tarojs/components'
import { useBlock } from './block-kit'
import type { ConfirmDialogProps } from './dialog-types'
import { InlineConfirm } from './inline-confirm'
import './dialog.rn.scss'

export type { ConfirmDialogProps } from './dialog-types'

/** RN: NutUI's Dialog does not build for Metro, so the same confirmation sits on a dimmed overlay. Same API as dialog.tsx. */
export function ConfirmDialog({ open, title, message, confirmText, cancelText, danger, onConfirm, onCancel }: ConfirmDialogProps) {
  const { elder } = useBlock()
  if (!open) return null
  const confirm = <InlineConfirm {...{ title, message, confirmText, cancelText, danger, onConfirm, onCancel }} />
  if (elder) return confirm
  return (
    <View className='ui-dialog__overlay'>
      <View className='ui-dialog__panel'>{confirm}</View>
    </View>
  )
}
