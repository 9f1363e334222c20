import { createElement, forwardRef, type ReactNode } from 'react'

export type Props = Record<string, unknown> & { children?: ReactNode }

/** Props a stand-in passes to the DOM: what tests and libraries rely on. Taro-only props are dropped. */
const DOM_PROP =
  /^(className|style|id|role|onClick|onTouchStart|onTouchMove|onTouchEnd|onTouchCancel|disabled|src|alt|placeholder|value|type|name|checked|htmlFor|data-.*|aria-.*)$/

/** Taro's accessibility props (`ariaLabel`, `ariaRole`) as the DOM spells them. */
const ariaOf = (props: Props): Record<string, unknown> => {
  const aria: Record<string, unknown> = {}
  if (props.ariaLabel !== undefined) aria['aria-label'] = props.ariaLabel
  if (props.ariaRole !== undefined && props.role === undefined) aria.role = props.ariaRole
  return aria
}

export const toDomProps = (props: Props): Record<string, unknown> => ({
  ...Object.fromEntries(Object.entries(props).filter(([key]) => DOM_PROP.test(key) && key !== 'children')),
  ...ariaOf(props),
})

/** A component that renders as one DOM element with the props above; its ref is that element, as on H5 (NutUI measures through refs). */
export const standIn = (tag: string, displayName: string, extra: (props: Props) => Record<string, unknown> = () => ({})) => {
  const Component = forwardRef<Element, Props>(({ children, ...props }, ref) => createElement(tag, { ...toDomProps(props), ...extra(props), ref }, children as ReactNode))
  Component.displayName = displayName
  return Component
}

/** Calls a Taro handler, if given, with Taro's `{ detail }` event shape. */
export const emit = (handler: unknown, detail: Record<string, unknown>): void => {
  if (typeof handler === 'function') handler({ detail, type: 'change', stopPropagation: () => {}, preventDefault: () => {} })
}
