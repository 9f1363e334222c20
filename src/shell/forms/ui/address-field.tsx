import { Textarea } from '@tarojs/components'
import { FieldFrame } from './field-frame'
import { textOf, type FieldProps } from './field-props'

/** A street address (the region is its own field): a box, as addresses wrap. */
export function AddressField({ field, value, error, onChange, locale }: FieldProps<'address'>) {
  return (
    <FieldFrame field={field} error={error} locale={locale}>
      <Textarea
        className='form-field__input form-field__textarea'
        aria-label={field.label[locale]}
        data-testid={`input-${field.id}`}
        value={textOf(value)}
        maxlength={field.maxLength ?? 120}
        onInput={(e) => onChange(e.detail.value)}
      />
    </FieldFrame>
  )
}
