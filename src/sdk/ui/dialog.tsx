import NutDialog from '@nutui/nutui-react-taro/dist/es/packages/dialog/index'
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css'
import { useBlock } from './block-kit'
import type { ConfirmDialogProps } from './dialog-types'
import { InlineConfirm } from './inline-confirm'
import { NutTheme } from './nut-theme'

export type { ConfirmDialogProps } from './dialog-types'

/**
 * Asks the resident to confirm one action (NutUI's Dialog on weapp and H5, a
 * light panel on RN). In elder mode it is an `InlineConfirm` where the dialog
 * is placed: no pop-up, and the two answers are full-width buttons.
 */
export function ConfirmDialog({ open, title, message, confirmText, cancelText, danger, onConfirm, onCancel }: ConfirmDialogProps) {
  const { elder, text } = useBlock()
  if (!open) return null
  if (elder) {
    return <InlineConfirm {...{ title, message, confirmText, cancelText, danger, onConfirm, onCancel }} />
  }
  return (
    <NutTheme>
      <NutDialog
        visible
        title={title}
        content={message}
        confirmText={confirmText ?? text.confirm}
        cancelText={cancelText ?? text.cancel}
        closeOnOverlayClick={false}
        onConfirm={() => {
          onConfirm()
        }}
        onCancel={() => {
          onCancel()
        }}
      />
    </NutTheme>
  )
}
