import { useState } from 'react'
import DatePicker from '@nutui/nutui-react-taro/dist/es/packages/datepicker/index'
import '@nutui/nutui-react-taro/dist/es/packages/datepicker/style/css'
import { useBlock } from '../block-kit'
import { NutTheme } from '../nut-theme'
import { FieldBox, FieldFrame } from './field-frame'
import { dateParts, dateRange, isoDate, type DateFieldProps } from './picker-types'

export type { DateFieldProps } from './picker-types'

const toDate = (iso: string) => {
  const [y, m, d] = dateParts(iso)
  return new Date(y, m - 1, d)
}

/**
 * A date (`YYYY-MM-DD`), shown in the resident's words (2024年5月6日).
 * Tapping opens NutUI's DatePicker on weapp and H5, Taro's date Picker on RN
 * (date-field.rn.tsx). Elder mode keeps the picker, which opens only on the
 * resident's tap, with elder-sized text and buttons.
 */
export function DateField({ label, hint, value, onChange, error, required, min, max, placeholder, disabled }: DateFieldProps) {
  const { text } = useBlock()
  const [open, setOpen] = useState(false)
  const [start, end] = dateRange(min, max)
  return (
    <FieldFrame label={label} hint={hint} required={required} error={error}>
      <FieldBox
        shown={value === null ? null : text.date(...dateParts(value))}
        placeholder={placeholder ?? text.choose}
        label={label}
        invalid={error !== null}
        disabled={disabled}
        onClick={() => setOpen(true)}
      />
      <NutTheme>
        <DatePicker
          visible={open}
          title={label}
          type='date'
          showChinese
          startDate={toDate(start)}
          endDate={toDate(end)}
          value={value === null ? undefined : toDate(value)}
          onConfirm={(_options, values) => onChange(isoDate(Number(values[0]), Number(values[1]), Number(values[2])))}
          onClose={() => setOpen(false)}
        />
      </NutTheme>
    </FieldFrame>
  )
}
