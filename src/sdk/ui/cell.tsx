import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { cx, useBlock } from './block-kit'
import './cell.scss'

/** What `Cell` takes. */
export interface CellProps {
  /** What the row is: 参保状态, 驾驶证. */
  title: ReactNode
  /** A second line under the title. */
  description?: ReactNode
  /** On the right: the current value or a tag. */
  value?: ReactNode
  /** Makes the row a tap target with an arrow (›). */
  onClick?: () => unknown
  /** Extra layout classes from the page (margins). */
  className?: string
}

/** One row of a list: a label and its value, or a way into a page. Light: View/Text + Sass. */
export function Cell({ title, description, value, onClick, className }: CellProps) {
  const { mod } = useBlock()
  return (
    <View className={cx(mod('ui-cell'), className)} onClick={onClick} role={onClick ? 'button' : undefined}>
      <View className='ui-cell__main'>
        {typeof title === 'string' ? <Text className={mod('ui-cell__title')}>{title}</Text> : title}
        {typeof description === 'string' ? <Text className={mod('ui-cell__description')}>{description}</Text> : description}
      </View>
      {typeof value === 'string' ? <Text className={mod('ui-cell__value')}>{value}</Text> : value}
      {onClick && <Text className={mod('ui-cell__arrow')}>›</Text>}
    </View>
  )
}

/** What `CellGroup` takes. */
export interface CellGroupProps {
  /** The rows: `Cell`s, shown on one panel in this order. */
  children: ReactNode
  /** A heading above the rows. */
  title?: string
  /** Extra layout classes from the page (margins). */
  className?: string
}

/** Rows of cells on one white panel, with an optional heading. */
export function CellGroup({ children, title, className }: CellGroupProps) {
  const { mod } = useBlock()
  return (
    <View className={cx('ui-cell-group', className)}>
      {title && <Text className={mod('ui-cell-group__title')}>{title}</Text>}
      <View className={mod('ui-cell-group__body')}>{children}</View>
    </View>
  )
}
