/** Stand-ins for Taro's form controls, as the DOM controls they become on H5, reporting Taro's `{ detail }`. */
import { createContext, createElement, useContext, useId, type ChangeEvent, type FormEvent } from 'react'
import { emit, toDomProps, type Props } from './shared'

export const Button = ({ children, formType, ...props }: Props) =>
  createElement('button', { ...toDomProps(props), type: formType === 'submit' ? 'submit' : formType === 'reset' ? 'reset' : 'button' }, children)

const textEvents = (props: Props) => ({
  onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => emit(props.onInput, { value: e.target.value }),
  onBlur: (e: { target: { value: string } }) => emit(props.onBlur, { value: e.target.value }),
  onFocus: (e: { target: { value: string } }) => emit(props.onFocus, { value: e.target.value }),
  onKeyDown: (e: { key: string; target: unknown }) =>
    e.key === 'Enter' && emit(props.onConfirm, { value: (e.target as HTMLInputElement).value }),
})

/** Taro's Input reports `{ detail: { value } }` rather than a DOM event; `password` and `maxlength` as on H5. */
export const Input = ({ type, password, maxlength, ...props }: Props) =>
  createElement('input', {
    ...toDomProps(props),
    type: password ? 'password' : 'text',
    inputMode: type === 'number' || type === 'digit' || type === 'idcard' ? 'decimal' : undefined,
    maxLength: typeof maxlength === 'number' && maxlength >= 0 ? maxlength : undefined,
    ...textEvents(props),
  })

export const Textarea = ({ maxlength, ...props }: Props) =>
  createElement('textarea', { ...toDomProps(props), maxLength: typeof maxlength === 'number' && maxlength >= 0 ? maxlength : undefined, ...textEvents(props) })

export const Switch = ({ checked, ...props }: Props) =>
  createElement('input', {
    ...toDomProps(props),
    type: 'checkbox',
    role: 'switch',
    checked: Boolean(checked),
    onChange: (e: ChangeEvent<HTMLInputElement>) => emit(props.onChange, { value: e.target.checked }),
  })

export const Slider = ({ min = 0, max = 100, step = 1, ...props }: Props) =>
  createElement('input', {
    ...toDomProps(props),
    type: 'range',
    min,
    max,
    step,
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      emit(props.onChanging, { value: Number(e.target.value) })
      emit(props.onChange, { value: Number(e.target.value) })
    },
  })

/** A group reports every checked box inside it, as Taro's CheckboxGroup does. */
export const CheckboxGroup = ({ children, ...props }: Props) =>
  createElement(
    'div',
    {
      ...toDomProps(props),
      role: 'group',
      onChange: (e: FormEvent<HTMLDivElement>) => {
        const boxes = e.currentTarget.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')
        emit(props.onChange, { value: [...boxes].map((box) => box.value) })
      },
    },
    children,
  )

export const Checkbox = ({ children, checked, value, ...props }: Props) =>
  createElement('label', {}, createElement('input', { ...toDomProps(props), type: 'checkbox', value, defaultChecked: Boolean(checked) }), children)

/** The radios of one group share a name, so the DOM keeps one checked. */
const RadioName = createContext<string | undefined>(undefined)

export function RadioGroup({ children, ...props }: Props) {
  const name = useId()
  const group = createElement(
    'div',
    {
      ...toDomProps(props),
      role: 'radiogroup',
      onChange: (e: ChangeEvent<HTMLInputElement>) => emit(props.onChange, { value: e.target.value }),
    },
    children,
  )
  return createElement(RadioName.Provider, { value: name }, group)
}

export function Radio({ children, checked, value, ...props }: Props) {
  const name = useContext(RadioName)
  return createElement('label', {}, createElement('input', { ...toDomProps(props), type: 'radio', name, value, defaultChecked: Boolean(checked) }), children)
}

export const Label = ({ children, for: htmlFor, ...props }: Props) => createElement('label', { ...toDomProps(props), htmlFor }, children)

/** Named controls' values, as Taro's H5 Form collects them (a switch as a boolean). */
const valuesOf = (form: HTMLFormElement): Record<string, unknown> => {
  const values: Record<string, unknown> = {}
  for (const el of [...form.elements] as HTMLInputElement[]) {
    if (!el.name) continue
    if (el.getAttribute('role') === 'switch') values[el.name] = el.checked
    else if (el.type === 'radio') values[el.name] = el.checked ? el.value : (values[el.name] ?? '')
    else if (el.type === 'checkbox') values[el.name] = [...((values[el.name] as string[]) ?? []), ...(el.checked ? [el.value] : [])]
    else values[el.name] = el.value
  }
  return values
}

/** A form submits `{ detail: { value } }` with its named controls' values, like Taro's Form. */
export const Form = ({ children, ...props }: Props) =>
  createElement(
    'form',
    {
      ...toDomProps(props),
      onSubmit: (e: FormEvent<HTMLFormElement>) => {
        e.preventDefault()
        emit(props.onSubmit, { value: valuesOf(e.currentTarget) })
      },
      onReset: () => emit(props.onReset, {}),
    },
    children,
  )
