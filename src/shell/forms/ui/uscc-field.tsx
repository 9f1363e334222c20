import { Input } from '@tarojs/components'
import { FieldFrame } from './field-frame'
import { textOf, type FieldProps } from './field-props'

/** A GB 32100 unified social credit code, upper-cased as typed (codes have no lower case). */
export function UsccField({ field, value, error, onChange, locale }: FieldProps<'uscc'>) {
  return (
    <FieldFrame field={field} error={error} locale={locale}>
      <Input
        className='form-field__input'
        type='text'
        aria-label={field.label[locale]}
        data-testid={`input-${field.id}`}
        value={textOf(value)}
        maxlength={18}
        onInput={(e) => onChange(e.detail.value.trim().toUpperCase())}
      />
    </FieldFrame>
  )
}
