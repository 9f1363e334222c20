import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { cx, useBlock } from './block-kit'
import { Button } from './button'
import './inline-confirm.scss'

/** What `InlineConfirm` takes. */
export interface InlineConfirmProps {
  /** The question, short: 确认撤回申请？ */
  title: string
  /** More about what happens if the resident confirms; left out when the title says it all. */
  message?: ReactNode
  /** The confirm button's words; defaults to 确定. */
  confirmText?: string
  /** The cancel button's words; defaults to 取消. */
  cancelText?: string
  /** The confirm button says the action cannot be undone. */
  danger?: boolean
  /** Called when the resident taps the confirm button; remove the confirmation here. */
  onConfirm: () => unknown
  /** Called when the resident taps the cancel button; remove the confirmation and change nothing. */
  onCancel: () => unknown
  /** Extra layout classes from the page (margins). */
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
