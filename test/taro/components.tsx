/**
 * Light DOM stand-ins for `@tarojs/components` under Jest. They keep the props
 * tests rely on (class, style, click, data-*, aria-*) and drop Taro-only ones.
 */
import { createElement, type ReactNode } from 'react'

type Props = Record<string, unknown> & { children?: ReactNode }

const DOM_PROP = /^(className|style|id|role|onClick|disabled|src|alt|placeholder|value|type|data-.*|aria-.*)$/

const toDomProps = (props: Props): Record<string, unknown> =>
  Object.fromEntries(Object.entries(props).filter(([key]) => DOM_PROP.test(key) && key !== 'children'))

const standIn = (tag: string, displayName: string) => {
  const Component = ({ children, ...props }: Props) => createElement(tag, toDomProps(props), children)
  Component.displayName = displayName
  return Component
}

export const View = standIn('div', 'View')
export const Text = standIn('span', 'Text')
export const ScrollView = standIn('div', 'ScrollView')
export const WebView = standIn('iframe', 'WebView')
export const Image = standIn('img', 'Image')
export const Button = ({ children, formType, ...props }: Props) =>
  createElement('button', { ...toDomProps(props), type: formType === 'submit' ? 'submit' : 'button' }, children)

/** Taro's Input reports `{ detail: { value } }` rather than a DOM event. */
export const Input = ({ onInput, ...props }: Props) =>
  createElement('input', {
    ...toDomProps(props),
    onChange: (e: { target: { value: string } }) =>
      typeof onInput === 'function' && onInput({ detail: { value: e.target.value } }),
  })

/** Taro's Textarea, like its Input, reports `{ detail: { value } }`. */
export const Textarea = ({ onInput, ...props }: Props) =>
  createElement('textarea', {
    ...toDomProps(props),
    onChange: (e: { target: { value: string } }) =>
      typeof onInput === 'function' && onInput({ detail: { value: e.target.value } }),
  })

/**
 * Taro's Picker as a native control: `date` an `<input type=date>`, the rest a
 * `<select>` over `range` (by `rangeKey`); both report `{ detail: { value } }`
 * as Taro does (the index for a selector). Test ids and labels go on the control.
 */
export const Picker = ({ mode = 'selector', range, rangeKey, onChange, value, children, ...props }: Props) => {
  const report = (v: unknown) => typeof onChange === 'function' && onChange({ detail: { value: v } })
  const control = mode === 'date'
    ? createElement('input', { ...toDomProps(props), type: 'date', value: value ?? '', onChange: (e: { target: { value: string } }) => report(e.target.value) })
    : createElement(
        'select',
        { ...toDomProps(props), value: String(value ?? ''), onChange: (e: { target: { value: string } }) => report(Number(e.target.value)) },
        createElement('option', { value: '' }, ''),
        ...((range as unknown[] | undefined) ?? []).map((item, i) =>
          createElement('option', { key: i, value: String(i) }, String(typeof rangeKey === 'string' ? (item as Record<string, unknown>)[rangeKey] : item)),
        ),
      )
  return createElement('div', null, control, children)
}
