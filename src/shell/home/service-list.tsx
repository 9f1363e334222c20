import { View } from '@tarojs/components'
import { VirtualList } from '@tarojs/components-advanced'
import Taro from '@tarojs/taro'
import type { CatalogueService } from '../catalogue'
import type { ServiceListItem, ServiceListProps } from './service-list-item'
import { ServiceRow } from './service-row'
import './service-list.scss'

export type { ServiceListItem } from './service-list-item'

/** Up to this many rows render as they are; a longer list is virtual, so typing never waits for hundreds of rows. */
export const PLAIN_ROWS = 30
/** Row heights in design px (750 wide), fixed in a virtual list so it places rows without measuring them. */
const ROW_HEIGHT = { normal: 128, elder: 168 }
/** The list's window: most of the screen under the search box. */
const WINDOW_SHARE = 0.7

type Row = ServiceListItem & { onOpen: (service: CatalogueService) => void }

// Module-level so the virtual list keeps one item component across renders.
function VirtualRow({ data, index }: { id: string; data: Row[]; index: number }) {
  const { service, highlight, note, onOpen } = data[index]
  return <ServiceRow service={service} onOpen={onOpen} highlight={highlight} note={note} />
}

/** A list of services: plain when short, Taro's VirtualList when long (only the rows on screen are rendered). */
export function ServiceList({ items, onOpen, elder }: ServiceListProps) {
  if (items.length <= PLAIN_ROWS) {
    return (
      <View>
        {items.map((item) => (
          <ServiceRow key={item.service.id} service={item.service} onOpen={onOpen} highlight={item.highlight} note={item.note} />
        ))}
      </View>
    )
  }
  const { windowWidth, windowHeight } = Taro.getSystemInfoSync()
  const rowPx = Math.round(((elder ? ROW_HEIGHT.elder : ROW_HEIGHT.normal) * windowWidth) / 750)
  const rows: Row[] = items.map((item) => ({ ...item, onOpen }))
  return (
    <VirtualList
      className='service-list'
      height={Math.round(windowHeight * WINDOW_SHARE)}
      width='100%'
      itemData={rows}
      itemCount={rows.length}
      itemSize={rowPx}
      item={VirtualRow}
      overscanCount={6}
    />
  )
}
