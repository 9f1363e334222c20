import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { cx, useBlock } from './block-kit'
import { Button } from './button'
import './inline-confirm.scss'

/** What `InlineConfirm` takes. */
export interface InlineConfirmProps {
  title: string
  message?: ReactNode
  confirmText?: string
  cancelText?: string
  /** The confirm button says the action cannot be undone. */
  danger?: boolean
  onConfirm: () => unknown
  onCancel: () => unknown
  className?: string
}

/**
 * A confirmation in the page's flow, with the two answers as full-width
 * buttons: what a confirm dialog becomes in elder mode, and what the RN and
 * NutUI dialogs show inside their panel.
 */
export function InlineConfirm({ title, message, confirmText, cancelText, danger, onConfirm, onCancel, className }: InlineConfirmProps) {
  const { mod, text } = useBlock()
  return (
    <View className={cx(mod('ui-confirm'), className)} role='alertdialog' aria-label={title}>
      <Text className={mod('ui-confirm__title')}>{title}</Text>
      {typeof message === 'string' ? <Text className={mod('ui-confirm__message')}>{message}</Text> : message}
      <Button kind={danger ? 'danger' : 'primary'} className='ui-confirm__button' onClick={onConfirm}>
        {confirmText ?? text.confirm}
      </Button>
      <Button kind='secondary' className='ui-confirm__button' onClick={onCancel}>
        {cancelText ?? text.cancel}
      </Button>
    </View>
  )
}
