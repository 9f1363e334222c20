import { Text, View } from '@tarojs/components'
import { groupByCategory } from '../../shell/catalogue/catalogue'
import { useAvailableMiniApps } from '../../shell/catalogue/catalogue-api'
import { MiniAppTile } from '../../shell/catalogue/mini-app-tile'
import { useText } from '../../shell/i18n/text'
import { openMiniApp } from '../../shell/navigation/open-mini-app'
import { QueryView } from '../../shell/ui/query-view'
import './index.scss'

export default function ServicesPage() {
  const text = useText()
  const miniApps = useAvailableMiniApps()
  return (
    <View className='services'>
      <QueryView query={miniApps}>
        {(entries) =>
          groupByCategory(entries).map(({ category, entries: inCategory }) => (
            <View key={category} className='services__group'>
              <View className='services__heading'>
                <Text className='services__category'>{text.categories[category]}</Text>
                <Text className='services__count'>{text.services.count(inCategory.length)}</Text>
              </View>
              {inCategory.map((entry) => (
                <MiniAppTile key={entry.id} entry={entry} onOpen={openMiniApp} layout='row' />
              ))}
            </View>
          ))
        }
      </QueryView>
    </View>
  )
}
