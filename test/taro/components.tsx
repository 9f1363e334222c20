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
