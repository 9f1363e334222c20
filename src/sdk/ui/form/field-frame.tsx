import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { cx, useBlock } from '../block-kit'
import './field.scss'

export interface FieldFrameProps {
  label: string
  hint?: string
  required: boolean
  error: string | null
  children: ReactNode
}

/**
 * The parts every field shares: the label with 必填 or 选填 in words, a hint,
 * the control, and the message under it (role=alert, marked ✕ and not by colour only).
 */
export function FieldFrame({ label, hint, required, error, children }: FieldFrameProps) {
  const { mod, text } = useBlock()
  return (
    <View className={cx(mod('ui-field'), error !== null && 'ui-field--invalid')}>
      <View className='ui-field__head'>
        <Text className={mod('ui-field__label')}>{label}</Text>
        <Text className={mod('ui-field__need')}>{required ? text.required : text.optional}</Text>
      </View>
      {hint && <Text className={mod('ui-field__hint')}>{hint}</Text>}
      {error !== null && (
        <View role='alert'>
          <Text className={mod('ui-field__error')}>{`✕ ${error}`}</Text>
        </View>
      )}
      {children}
    </View>
  )
}

export interface FieldBoxProps {
  /** The chosen value's words, or null to show the placeholder. */
  shown: string | null
  placeholder: string
  label: string
  invalid: boolean
  disabled?: boolean
  onClick?: () => void
}

/** The tappable box of a select or date field, showing the choice or 请选择 and a ›. */
export function FieldBox({ shown, placeholder, label, invalid, disabled, onClick }: FieldBoxProps) {
  const { mod } = useBlock()
  return (
    <View
      className={cx(mod('ui-field__box'), invalid && 'ui-field__box--invalid')}
      role='button'
      aria-label={label}
      aria-disabled={disabled || undefined}
      onClick={disabled ? undefined : onClick}
    >
      <Text className={cx(mod('ui-field__value'), shown === null && 'ui-field__value--placeholder')}>{shown ?? placeholder}</Text>
      <Text className={mod('ui-field__arrow')}>›</Text>
    </View>
  )
}
