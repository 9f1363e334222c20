import { Picker, Text, View } from '@tarojs/components'
import { isoDay } from '../engine'
import { formsTextOf } from '../renderer/forms-text'
import { FieldFrame } from './field-frame'
import { textOf, type FieldProps } from './field-props'

const DAY_MS = 24 * 60 * 60 * 1000
const bound = (b: { date: string } | { daysFromToday: number } | undefined): string | undefined =>
  b === undefined ? undefined : 'date' in b ? b.date : isoDay(new Date(Date.now() + b.daysFromToday * DAY_MS))

/** A day (YYYY-MM-DD) from the platform's date picker, limited to the definition's range. */
export function DateField({ field, value, error, onChange, locale }: FieldProps<'date'>) {
  const shown = textOf(value)
  return (
    <FieldFrame field={field} error={error} locale={locale}>
      <Picker
        mode='date'
        value={shown}
        start={bound(field.earliest)}
        end={bound(field.latest)}
        aria-label={field.label[locale]}
        data-testid={`input-${field.id}`}
        onChange={(e) => onChange(String(e.detail.value))}
      >
        <View className='form-field__input form-field__picker'>
          <Text className={shown ? '' : 'form-field__placeholder'}>{shown || formsTextOf(locale).pickDate}</Text>
        </View>
      </Picker>
    </FieldFrame>
  )
}
