import type { Choice } from './choice-list'
import type { FieldBinding } from './use-form'

export type { Choice } from './choice-list'

/** What `SelectField` takes: a field binding (`form.field(name)`) and the options. */
export interface SelectFieldProps<T extends string> extends FieldBinding<T | null> {
  /** What the resident can choose from, in the order shown. */
  options: ReadonlyArray<Choice<T>>
  /** Shown until something is chosen; defaults to 请选择. */
  placeholder?: string
  /** Shows the field greyed out and does not open the picker: the choice cannot be changed now. Default false. */
  disabled?: boolean
}

/** What `DateField` takes: a field binding whose value is `YYYY-MM-DD` or null, and the range. */
export interface DateFieldProps extends FieldBinding<string | null> {
  /** The earliest and latest dates offered, `YYYY-MM-DD`; default 100 years back to 10 years ahead. */
  min?: string
  /** The latest date offered, `YYYY-MM-DD`; defaults to 31 December ten years from now. */
  max?: string
  /** Shown until a date is chosen; defaults to 请选择. */
  placeholder?: string
  /** Shows the field greyed out and does not open the picker: the date cannot be changed now. Default false. */
  disabled?: boolean
}

const pad = (n: number) => String(n).padStart(2, '0')

/** `YYYY-MM-DD` for a year, month (1–12) and day. */
export const isoDate = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`

/** The parts of a `YYYY-MM-DD` date. */
export const dateParts = (iso: string): [number, number, number] => {
  const [y, m, d] = iso.split('-').map(Number)
  return [y, m, d]
}

/** The default range: a birth date a century ago to a deadline ten years ahead. */
export const dateRange = (min: string | undefined, max: string | undefined, today = new Date()): [string, string] => [
  min ?? isoDate(today.getFullYear() - 100, 1, 1),
  max ?? isoDate(today.getFullYear() + 10, 12, 31),
]
