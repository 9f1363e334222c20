import { Picker, Text, View } from '@tarojs/components'
import { formsTextOf } from '../renderer/forms-text'
import { FieldFrame } from './field-frame'
import { textOf, type FieldProps } from './field-props'

/** One of the definition's options, from the platform's selector; the answer is the option's value. */
export function SelectField({ field, value, error, onChange, locale }: FieldProps<'select'>) {
  const labels = field.options.map((o) => o.label[locale])
  const index = field.options.findIndex((o) => o.value === textOf(value))
  return (
    <FieldFrame field={field} error={error} locale={locale}>
      <Picker
        mode='selector'
        range={labels}
        value={index < 0 ? undefined : index}
        aria-label={field.label[locale]}
        data-testid={`input-${field.id}`}
        onChange={(e) => {
          const option = field.options[Number(e.detail.value)]
          if (option) onChange(option.value)
        }}
      >
        <View className='form-field__input form-field__picker'>
          <Text className={index < 0 ? 'form-field__placeholder' : ''}>{index < 0 ? formsTextOf(locale).select : labels[index]}</Text>
        </View>
      </Picker>
    </FieldFrame>
  )
}
