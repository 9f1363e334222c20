/**
 * Taro's Picker as the DOM controls a test can drive: `selector` as a
 * `<select>` (value = index, like Taro), `multiSelector` as one per column,
 * `date` and `time` as `<input type=date|time>`, `region` as a text input of
 * space-separated names. The picker's children (what the page taps) render too.
 */
import { createElement, type ChangeEvent } from 'react'
import { emit, toDomProps, type Props } from './shared'

type Option = string | number | Record<string, unknown>

const labelOf = (option: Option, rangeKey: unknown): string =>
  typeof option === 'object' ? String(option[String(rangeKey)]) : String(option)

const select = (range: Option[], rangeKey: unknown, value: unknown, onPick: (index: number) => void, extra: Record<string, unknown>) =>
  createElement(
    'select',
    { ...extra, value: value === undefined || value === null ? '' : String(value), onChange: (e: ChangeEvent<HTMLSelectElement>) => onPick(Number(e.target.value)) },
    // Nothing chosen yet: a blank first row, so choosing the first option is a change a test can make.
    value === undefined || value === null ? createElement('option', { key: 'none', value: '' }, '') : null,
    range.map((option, index) => createElement('option', { key: index, value: String(index) }, labelOf(option, rangeKey))),
  )

const control = (props: Props) => {
  const { mode = 'selector', range = [], rangeKey, value, start, end, disabled, onChange } = props
  // Test ids and labels go on the control a test drives, not on the wrapper.
  const common = { ...toDomProps({ disabled, 'aria-label': props['aria-label'], 'data-testid': props['data-testid'] }), 'data-picker-mode': mode }
  switch (mode) {
    case 'selector':
      return select(range as Option[], rangeKey, value, (index) => emit(onChange, { value: index }), common)
    case 'multiSelector': {
      const columns = range as Option[][]
      const chosen = (value as number[] | undefined) ?? columns.map(() => 0)
      return columns.map((column, c) =>
        select(column, rangeKey, chosen[c], (index) => {
          emit(props.onColumnChange, { column: c, value: index })
          emit(onChange, { value: chosen.map((v, i) => (i === c ? index : v)) })
        }, { ...common, key: c }),
      )
    }
    case 'date':
    case 'time':
      return createElement('input', {
        ...common,
        type: mode,
        value: value ?? '',
        min: start,
        max: end,
        onChange: (e: ChangeEvent<HTMLInputElement>) => emit(onChange, { value: e.target.value }),
      })
    case 'region':
      return createElement('input', {
        ...common,
        type: 'text',
        value: Array.isArray(value) ? value.join(' ') : '',
        onChange: (e: ChangeEvent<HTMLInputElement>) => emit(onChange, { value: e.target.value.split(' ') }),
      })
    default:
      throw new Error(`The Picker stand-in has no mode "${String(mode)}": add it in test/taro/stand-ins/picker.tsx`)
  }
}

export const Picker = ({ children, className, ...props }: Props) =>
  createElement('div', { className, 'data-taro': 'Picker' }, control(props), children)

/** PickerView reports the chosen index of each column, as Taro's does. */
export const PickerView = ({ children, value, ...props }: Props) =>
  createElement('div', { ...toDomProps(props), role: 'listbox', 'data-value': JSON.stringify(value ?? []) }, children)

export const PickerViewColumn = ({ children, ...props }: Props) => createElement('div', { ...toDomProps(props), role: 'group' }, children)
