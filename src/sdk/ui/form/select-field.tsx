import { useState } from 'react'
import Picker from '@nutui/nutui-react-taro/dist/es/packages/picker/index'
import '@nutui/nutui-react-taro/dist/es/packages/picker/style/css'
import { useBlock } from '../block-kit'
import { NutTheme } from '../nut-theme'
import { ChoiceList } from './choice-list'
import { FieldBox, FieldFrame } from './field-frame'
import type { SelectFieldProps } from './picker-types'

export type { SelectFieldProps } from './picker-types'

/**
 * One choice from a list. Tapping the field opens NutUI's Picker (weapp,
 * H5); RN uses Taro's Picker (select-field.rn.tsx). In elder mode every option
 * is a large row in the page instead, so nothing pops up.
 */
export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const { label, hint, value, onChange, error, required, options, placeholder, disabled } = props
  const { elder, text } = useBlock()
  const [open, setOpen] = useState(false)
  const chosen = options.find((option) => option.value === value)
  return (
    <FieldFrame label={label} hint={hint} required={required} error={error}>
      {elder ? (
        <ChoiceList label={label} options={options} value={value} onChange={onChange} invalid={error !== null} />
      ) : (
        <>
          <FieldBox shown={chosen?.label ?? null} placeholder={placeholder ?? text.choose} label={label} invalid={error !== null} disabled={disabled} onClick={() => setOpen(true)} />
          <NutTheme>
            <Picker
              visible={open}
              title={label}
              options={[options.map((option) => ({ value: option.value, label: option.label }))]}
              // The wheel starts at the choice, or the first option, so 确定 without turning it takes what it shows.
              value={value !== null ? [value] : options.length > 0 ? [options[0].value] : []}
              onConfirm={(_options, values) => {
                if (values[0] !== undefined && values[0] !== null) onChange(String(values[0]) as T)
              }}
              onClose={() => setOpen(false)}
            />
          </NutTheme>
        </>
      )}
    </FieldFrame>
  )
}
