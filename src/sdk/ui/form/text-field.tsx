import { Input } from '@tarojs/components'
import { cx, useBlock } from '../block-kit'
import { FieldFrame } from './field-frame'
import type { FieldBinding } from './use-form'

/** What `TextField` takes: a field binding (`form.field(name)`) and the keyboard. */
export interface TextFieldProps extends FieldBinding<string> {
  /** An example in the empty field (如 13800000000); never the only hint, as it goes once typing starts. */
  placeholder?: string
  /** The keyboard: text, number, digit (with a point) or idcard (digits and X). */
  type?: 'text' | 'number' | 'digit' | 'idcard'
  /** The most characters the resident can type; default 140. */
  maxLength?: number
  /** Hides what is typed (a password, a code). Default false. */
  password?: boolean
  /** Shows the field greyed out and takes no typing: the value cannot be changed now. Default false. */
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
