import type { ReactNode } from 'react'
import { Button } from '@tarojs/components'
import './action-button.scss'

interface ActionButtonProps {
  children: ReactNode
  onClick: () => unknown
  /** primary: the step forward; secondary: the way out or the alternative. */
  kind?: 'primary' | 'secondary'
  disabled?: boolean
  /** Extra layout classes (e.g. side by side in a row). */
  className?: string
}

/**
 * The shell's large pill button (≥ 48 px tall, for older residents' thumbs).
 * `disabled` is passed only when true: Taro H5 renders disabled={false} as a
 * disabled attribute, which its CSS treats as disabled.
 */
export function ActionButton({ children, onClick, kind = 'primary', disabled, className = '' }: ActionButtonProps) {
  return (
    <Button className={`action-button action-button--${kind} ${className}`.trim()} disabled={disabled || undefined} onClick={onClick}>
      {children}
    </Button>
  )
}
