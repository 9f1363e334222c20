import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { cx, useBlock } from './block-kit'
import './card.scss'

/** What `Card` takes. */
export interface CardProps {
  /** The card's content: the facts of the one thing it shows. */
  children?: ReactNode
  /** The card's heading. */
  title?: ReactNode
  /** Beside the heading: a tag, an amount. */
  extra?: ReactNode
  /** Under the content: buttons. */
  footer?: ReactNode
  /** Makes the whole card one tap target. */
  onClick?: () => unknown
  /** Extra layout classes from the page (margins). */
  className?: string
}

/** A white panel that groups one thing's facts (a licence, an appointment). Light: View/Text + Sass. */
export function Card({ children, title, extra, footer, onClick, className }: CardProps) {
  const { mod } = useBlock()
  return (
    <View className={cx(mod('ui-card'), className)} onClick={onClick} role={onClick ? 'button' : undefined}>
      {(title !== undefined || extra !== undefined) && (
        <View className='ui-card__header'>
          {typeof title === 'string' ? <Text className={mod('ui-card__title')}>{title}</Text> : title}
          {extra !== undefined && <View className='ui-card__extra'>{extra}</View>}
        </View>
      )}
      {children}
      {footer !== undefined && <View className='ui-card__footer'>{footer}</View>}
    </View>
  )
}
