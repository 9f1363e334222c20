import { Input } from '@tarojs/components'
import { FieldFrame } from './field-frame'
import { textOf, type FieldProps } from './field-props'

/** A GB 11643 ID number: the platform's ID-card keyboard; the check character is the engine's. */
export function IdNumberField({ field, value, error, onChange, locale }: FieldProps<'id-number'>) {
  return (
    <FieldFrame field={field} error={error} locale={locale}>
      <Input
        className='form-field__input'
        type='idcard'
        aria-label={field.label[locale]}
        data-testid={`input-${field.id}`}
        value={textOf(value)}
        maxlength={18}
        onInput={(e) => onChange(e.detail.value.trim().toUpperCase())}
      />
    </FieldFrame>
  )
}
