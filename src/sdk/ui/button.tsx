import type { ReactNode } from 'react'
import { Button as TaroButton, Text } from '@tarojs/components'
import { cx, useBlock } from './block-kit'
import './button.scss'

/** What `Button` takes. */
export interface ButtonProps {
  /** The words on the button: a short verb for what happens (提交, 下一步). */
  children: ReactNode
  /** Called when the resident taps the button; never called while it is disabled. */
  onClick: () => unknown
  /** primary: the one step forward; secondary: the alternative or the way out; danger: cannot be undone; plain: a quiet text action. */
  kind?: 'primary' | 'secondary' | 'danger' | 'plain'
  /** Fills the row (the default) or takes only what its words need. */
  inline?: boolean
  /** Greys the button out and ignores taps, for a step the resident cannot take yet. Default false. */
  disabled?: boolean
  /** Extra layout classes from the page (margins, a row of buttons). */
  className?: string
}

/**
 * A button: ≥ 44 dp tall (60 dp in elder mode, with 30 dp text for the main
 * action). Light (Taro's Button + Sass) so the main package can use it.
 * `disabled` reaches Taro only when true: Taro H5 treats `disabled={false}` as disabled.
 */
export function Button({ children, onClick, kind = 'primary', inline = false, disabled, className }: ButtonProps) {
  const { elder, mod } = useBlock()
  const label = cx(mod('ui-button__label'), `ui-button__label--${disabled ? 'disabled' : kind}`, elder && kind === 'primary' && 'ui-button__label--main')
  return (
    <TaroButton
      className={cx(mod('ui-button'), `ui-button--${disabled ? 'disabled' : kind}`, inline && 'ui-button--inline', className)}
      disabled={disabled || undefined}
      onClick={() => {
        if (!disabled) onClick()
      }}
    >
      <Text className={label}>{children}</Text>
    </TaroButton>
  )
}
