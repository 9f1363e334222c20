import { Input, Textarea } from '@tarojs/components'
import { FieldFrame } from './field-frame'
import { textOf, type FieldProps } from './field-props'

/** Free text: one line, or a box for a description (`multiline`). */
export function TextField({ field, value, error, onChange, locale }: FieldProps<'text'>) {
  const common = {
    'aria-label': field.label[locale],
    'data-testid': `input-${field.id}`,
    value: textOf(value),
    maxlength: field.maxLength ?? (field.multiline ? 2000 : 200),
    onInput: (e: { detail: { value: string } }) => onChange(e.detail.value),
  }
  return (
    <FieldFrame field={field} error={error} locale={locale}>
      {field.multiline ? <Textarea className='form-field__input form-field__textarea' {...common} /> : <Input className='form-field__input' type='text' {...common} />}
    </FieldFrame>
  )
}
