import { Input } from '@tarojs/components'
import { FieldFrame } from './field-frame'
import { textOf, type FieldProps } from './field-props'

/** An 11-digit mobile number on the number keyboard. */
export function PhoneField({ field, value, error, onChange, locale }: FieldProps<'phone'>) {
  return (
    <FieldFrame field={field} error={error} locale={locale}>
      <Input
        className='form-field__input'
        type='number'
        aria-label={field.label[locale]}
        data-testid={`input-${field.id}`}
        value={textOf(value)}
        maxlength={11}
        onInput={(e) => onChange(e.detail.value.trim())}
      />
    </FieldFrame>
  )
}
