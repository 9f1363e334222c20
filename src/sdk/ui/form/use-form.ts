import { useCallback, useRef, useState } from 'react'
import { useBlock, type UiText } from '../block-kit'
import { firstError, type Rule } from './rules'

/** One field of a form: its first value, its label (also used in messages), a hint and its rules. */
export interface FieldSpec<T> {
  /** The value the field starts with ('' or null for empty). */
  initial: T
  /** The field's name for the resident (姓名); shown above it and used in its messages. */
  label: string
  /** A line under the label that helps the resident fill it in (与身份证一致). */
  hint?: string
  /** The checks, in order; the first that fails gives the message. None: any value passes. */
  rules?: ReadonlyArray<Rule<T>>
}

/** A form's fields by name: each one's first value, label, hint and rules. */
export type FormSpec<V> = { [K in keyof V]: FieldSpec<V[K]> }

/** The residents' message for each field that fails, by name. */
export type FormErrors<V> = Partial<Record<keyof V, string>>

/**
 * What every field block takes (TextField, SelectField, DateField, and later
 * the region picker and uploader): spread `form.field('name')` into it.
 */
export interface FieldBinding<T> {
  /** The field's key in the form's values. */
  name: string
  /** The field's name for the resident, shown above it. */
  label: string
  /** A line under the label that helps the resident fill it in. */
  hint?: string
  /** The current value. */
  value: T
  /** Called with the new value each time the resident changes it. */
  onChange: (value: T) => void
  /** The residents' message, shown under the field; null when it is fine or not checked yet. */
  error: string | null
  /** Whether a `required` rule applies: the label is marked 必填. */
  required: boolean
}

/** What `useForm` returns. */
export interface FormApi<V> {
  /** Every field's current value, by name. */
  values: V
  /** Messages by field, once the resident has tried to submit. */
  errors: FormErrors<V>
  /** The binding for one field, to spread into its block: `<TextField {...form.field('name')} />`. */
  field: <K extends keyof V & string>(name: K) => FieldBinding<V[K]>
  /** A tap handler: checks every field, shows the messages, and calls `onValid` only when all pass. */
  submit: (onValid: (values: V) => unknown) => () => void
  /** Replaces some values (a draft restored, a prefill) without checking them. */
  setValues: (values: Partial<V>) => void
}

/** Checks every field of `spec` against `values`: the first failing rule's message per field. */
export const validateForm = <V>(spec: FormSpec<V>, values: V, text: UiText): FormErrors<V> => {
  const errors: FormErrors<V> = {}
  for (const name of Object.keys(spec) as Array<keyof V>) {
    const { rules = [], label } = spec[name]
    const message = firstError(rules, values[name], { label, text })
    if (message !== null) errors[name] = message
  }
  return errors
}

const initialValues = <V>(spec: FormSpec<V>): V =>
  Object.fromEntries(Object.entries(spec).map(([name, field]) => [name, (field as FieldSpec<unknown>).initial])) as V

/**
 * A form's values and validation. Messages appear when the resident first
 * submits (GOV.UK's advice: don't interrupt typing), then follow each change.
 */
export const useForm = <V extends Record<string, unknown>>(spec: FormSpec<V>): FormApi<V> => {
  const { text } = useBlock()
  const [values, setAll] = useState<V>(() => initialValues(spec))
  const [submitted, setSubmitted] = useState(false)
  const latest = useRef(values)
  latest.current = values
  const errors: FormErrors<V> = submitted ? validateForm(spec, values, text) : {}

  const setValues = useCallback((next: Partial<V>) => setAll((current) => ({ ...current, ...next })), [])

  const field = <K extends keyof V & string>(name: K): FieldBinding<V[K]> => ({
    name,
    label: spec[name].label,
    hint: spec[name].hint,
    value: values[name],
    onChange: (value: V[K]) => setAll((current) => ({ ...current, [name]: value })),
    error: errors[name] ?? null,
    required: (spec[name].rules ?? []).some((rule) => rule.required === true),
  })

  const submit = (onValid: (values: V) => unknown) => () => {
    setSubmitted(true)
    const now = latest.current
    if (Object.keys(validateForm(spec, now, text)).length === 0) onValid(now)
  }

  return { values, errors, field, submit, setValues }
}
