import { Dimensions, FlatList } from 'react-native'
import type { ServiceListProps } from './service-list-item'
import { ServiceRow } from './service-row'

export type { ServiceListItem } from './service-list-item'

/**
 * React Native: Taro's VirtualList is not built for RN, so the platform's own
 * virtualised FlatList, in a window of its own inside the page's scroll view.
 */
export function ServiceList({ items, onOpen }: ServiceListProps) {
  return (
    <FlatList
      data={items}
      style={{ maxHeight: Math.round(Dimensions.get('window').height * 0.7) }}
      nestedScrollEnabled
      keyExtractor={(item) => item.service.id}
      initialNumToRender={12}
      windowSize={5}
      renderItem={({ item }) => <ServiceRow service={item.service} onOpen={onOpen} highlight={item.highlight} note={item.note} />}
    />
  )
}
