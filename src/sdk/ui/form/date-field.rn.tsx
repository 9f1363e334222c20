import { Picker } from '@tarojs/components'
import { useBlock } from '../block-kit'
import { FieldBox, FieldFrame } from './field-frame'
import { dateParts, dateRange, type DateFieldProps } from './picker-types'

export type { DateFieldProps } from './picker-types'

/** RN: NutUI does not build for Metro, so the date opens Taro's date Picker. Same API as date-field.tsx. */
export function DateField({ label, hint, value, onChange, error, required, min, max, placeholder, disabled }: DateFieldProps) {
  const { text } = useBlock()
  const [start, end] = dateRange(min, max)
  return (
    <FieldFrame label={label} hint={hint} required={required} error={error}>
      <Picker mode='date' value={value ?? ''} start={start} end={end} disabled={disabled} aria-label={label} onChange={(e) => onChange(String(e.detail.value))}>
        <FieldBox shown={value === null ? null : text.date(...dateParts(value))} placeholder={placeholder ?? text.choose} label={label} invalid={error !== null} disabled={disabled} />
      </Picker>
    </FieldFrame>
  )
}
