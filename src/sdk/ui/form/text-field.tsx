import { Input } from '@tarojs/components'
import { cx, useBlock } from '../block-kit'
import { FieldFrame } from './field-frame'
import type { FieldBinding } from './use-form'

/** What `TextField` takes: a field binding (`form.field(name)`) and the keyboard. */
export interface TextFieldProps extends FieldBinding<string> {
  placeholder?: string
  /** The keyboard: text, number, digit (with a point) or idcard (digits and X). */
  type?: 'text' | 'number' | 'digit' | 'idcard'
  maxLength?: number
  password?: boolean
  disabled?: boolean
}

/** A one-line text field with its label, hint and message. Light: Taro's Input, on every target. */
export function TextField({ name, label, hint, value, onChange, error, required, placeholder, type = 'text', maxLength, password, disabled }: TextFieldProps) {
  const { mod } = useBlock()
  return (
    <FieldFrame label={label} hint={hint} required={required} error={error}>
      <Input
        className={cx(mod('ui-field__input'), error !== null && 'ui-field__input--invalid')}
        name={name}
        value={value}
        type={type}
        password={password}
        maxlength={maxLength ?? 140}
        placeholder={placeholder}
        disabled={disabled || undefined}
        aria-label={label}
        onInput={(e) => onChange(e.detail.value)}
      />
    </FieldFrame>
  )
}
