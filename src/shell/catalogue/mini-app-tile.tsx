import { Text, View } from '@tarojs/components'
import type { CatalogueEntry } from '../../sdk/manifest/catalogue'
import { useLocalized } from '../i18n/text'
import { useListing } from '../remote-config/remote-config-api'
import './mini-app-tile.scss'

interface MiniAppTileProps {
  entry: CatalogueEntry
  onOpen: (entry: CatalogueEntry) => void
  /** Tiles in a list show the owning department and description too. */
  layout?: 'grid' | 'row'
}

export function MiniAppTile({ entry, onOpen, layout = 'grid' }: MiniAppTileProps) {
  const name = useLocalized(entry.name)
  const description = useLocalized(entry.description)
  const department = useLocalized(entry.department)
  const listing = useListing(entry.id)
  if (listing.hidden) return null
  return (
    <View className={`mini-app-tile mini-app-tile--${layout}`} onClick={() => onOpen(entry)} data-testid={`mini-app-${entry.id}`}>
      <View className='mini-app-tile__icon' style={{ backgroundColor: entry.icon.color }}>
        <Text className='mini-app-tile__glyph'>{entry.icon.glyph}</Text>
      </View>
      {layout === 'grid' ? (
        <Text className='mini-app-tile__name'>{name}</Text>
      ) : (
        <View className='mini-app-tile__body'>
          <Text className='mini-app-tile__title'>{name}</Text>
          <Text className='mini-app-tile__description'>{description}</Text>
          <Text className='mini-app-tile__department'>{department}</Text>
        </View>
      )}
      {listing.pausedNote && <Text className='mini-app-tile__paused'>{listing.pausedNote}</Text>}
    </View>
  )
}
