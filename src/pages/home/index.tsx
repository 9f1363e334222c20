import { Text, View } from '@tarojs/components'
import { useAvailableMiniApps } from '../../shell/catalogue/catalogue-api'
import { MiniAppTile } from '../../shell/catalogue/mini-app-tile'
import { useText } from '../../shell/i18n/text'
import { openMiniApp } from '../../shell/navigation/open-mini-app'
import { QueryView } from '../../shell/ui/query-view'
import './index.scss'

export default function HomePage() {
  const text = useText()
  const miniApps = useAvailableMiniApps()
  return (
    <View className='home'>
      <View className='home__banner'>
        <Text className='home__greeting'>{text.home.greeting}</Text>
        <Text className='home__slogan'>{text.home.slogan}</Text>
      </View>
      <View className='home__section'>
        <Text className='home__section-title'>{text.home.forYou}</Text>
        <QueryView query={miniApps} empty={<Text className='home__empty'>{text.home.empty}</Text>}>
          {(entries) => (
            <View className='home__grid'>
              {entries.map((entry) => (
                <MiniAppTile key={entry.id} entry={entry} onOpen={openMiniApp} />
              ))}
            </View>
          )}
        </QueryView>
      </View>
    </View>
  )
}
