import { Picker } from '@tarojs/components'
import { useBlock } from '../block-kit'
import { ChoiceList } from './choice-list'
import { FieldBox, FieldFrame } from './field-frame'
import type { SelectFieldProps } from './picker-types'

export type { SelectFieldProps } from './picker-types'

/** RN: NutUI does not build for Metro, so the choice opens Taro's Picker (the platform's wheel). Same API as select-field.tsx. */
export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const { label, hint, value, onChange, error, required, options, placeholder, disabled } = props
  const { elder, text } = useBlock()
  const index = options.findIndex((option) => option.value === value)
  return (
    <FieldFrame label={label} hint={hint} required={required} error={error}>
      {elder ? (
        <ChoiceList label={label} options={options} value={value} onChange={onChange} invalid={error !== null} />
      ) : (
        <Picker
          mode='selector'
          range={options.map((option) => option.label)}
          value={Math.max(index, 0)}
          disabled={disabled}
          aria-label={label}
          onChange={(e) => {
            const picked = options[Number(e.detail.value)]
            if (picked) onChange(picked.value)
          }}
        >
          <FieldBox shown={index >= 0 ? options[index].label : null} placeholder={placeholder ?? text.choose} label={label} invalid={error !== null} disabled={disabled} />
        </Picker>
      )}
    </FieldFrame>
  )
}
