import { Picker, Text, View } from '@tarojs/components'
import { cities, cityOf, PROVINCE_CODE, regionName } from '../../regions'
import { formsTextOf } from '../renderer/forms-text'
import { FieldFrame } from './field-frame'
import { textOf, type FieldProps, type Locale } from './field-props'

/** Every Liaoning county-level division (the level a case is handled at), inside `within` when the definition limits it. */
const choicesFor = (within: readonly string[] | undefined) =>
  cities.flatMap((city) => city.districts.map((d) => ({ code: d.code, city }))).filter(({ code }) =>
    !within || within.some((w) => w === PROVINCE_CODE || w === code || w === cityOf(code)))

const labelOf = (code: string, locale: Locale) => {
  const city = cityOf(code)
  return city && city !== code ? `${regionName(city, locale)} ${regionName(code, locale)}` : regionName(code, locale)
}

/**
 * A Liaoning GB/T 2260 code from one selector of "city district" rows. The
 * platform's own region picker is not used: it covers all of China and its
 * codes differ between platforms (H5 has none).
 */
export function RegionField({ field, value, error, onChange, locale }: FieldProps<'region'>) {
  const choices = choicesFor(field.within)
  const code = textOf(value)
  const index = choices.findIndex((c) => c.code === code)
  return (
    <FieldFrame field={field} error={error} locale={locale}>
      <Picker
        mode='selector'
        range={choices.map((c) => labelOf(c.code, locale))}
        value={index < 0 ? undefined : index}
        aria-label={field.label[locale]}
        data-testid={`input-${field.id}`}
        onChange={(e) => {
          const choice = choices[Number(e.detail.value)]
          if (choice) onChange(choice.code)
        }}
      >
        <View className='form-field__input form-field__picker'>
          <Text className={code ? '' : 'form-field__placeholder'}>{code ? labelOf(code, locale) : formsTextOf(locale).pickRegion}</Text>
        </View>
      </Picker>
    </FieldFrame>
  )
}
