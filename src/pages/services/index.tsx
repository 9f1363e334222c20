import { Text, View } from '@tarojs/components'
import { availableMiniApps, groupByCategory } from '../../shell/catalogue/catalogue'
import { MiniAppTile } from '../../shell/catalogue/mini-app-tile'
import { useText } from '../../shell/i18n/text'
import { openMiniApp } from '../../shell/navigation/open-mini-app'
import './index.scss'

export default function ServicesPage() {
  const text = useText()
  const groups = groupByCategory(availableMiniApps())
  return (
    <View className='services'>
      {groups.map(({ category, entries }) => (
        <View key={category} className='services__group'>
          <View className='services__heading'>
            <Text className='services__category'>{text.categories[category]}</Text>
            <Text className='services__count'>{text.services.count(entries.length)}</Text>
          </View>
          {entries.map((entry) => (
            <MiniAppTile key={entry.id} entry={entry} onOpen={openMiniApp} layout='row' />
          ))}
        </View>
      ))}
    </View>
  )
}
