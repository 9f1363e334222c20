import { Input, Text, View } from '@tarojs/components'
import { FieldFrame } from './field-frame'
import { textOf, type FieldProps } from './field-props'

/** A number, kept as typed: the engine tells "not a number" from "too small" with the resident's text. */
export function NumberField({ field, value, error, onChange, locale }: FieldProps<'number'>) {
  return (
    <FieldFrame field={field} error={error} locale={locale}>
      <View className='form-field__picker'>
        <Input
          className='form-field__input'
          type={field.integer ? 'number' : 'digit'}
          aria-label={field.label[locale]}
          data-testid={`input-${field.id}`}
          value={textOf(value)}
          onInput={(e) => onChange(e.detail.value.trim())}
        />
        {field.unit ? <Text className='form-field__unit'>{field.unit[locale]}</Text> : null}
      </View>
    </FieldFrame>
  )
}
