import { createElement, type ComponentType } from 'react'

interface VirtualListStandInProps {
  itemData: unknown[]
  itemCount: number
  itemSize: number
  height: number | string
  item: ComponentType<{ id: string; data: unknown[]; index: number }>
  className?: string
}

/**
 * `@tarojs/components-advanced` under Jest: jsdom lays nothing out, so the
 * stand-in VirtualList renders the rows a screen of `height` at `itemSize`
 * holds, as the real one does at the top of the list, and says how many it
 * holds in all (`data-item-count`), so a test sees that a long list stays short.
 */
export const VirtualList = ({ itemData, itemCount, itemSize, height, item: Item, className }: VirtualListStandInProps) => {
  const onScreen = Math.min(itemCount, Math.ceil(Number(height) / itemSize) + 1)
  return createElement(
    'div',
    { className, 'data-virtual-list': true, 'data-item-count': itemCount },
    Array.from({ length: onScreen }, (_, index) => createElement(Item, { key: index, id: `row-${index}`, data: itemData, index })),
  )
}
