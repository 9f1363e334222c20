import { Text, View } from '@tarojs/components'
import { availableMiniApps } from '../../shell/catalogue/catalogue'
import { MiniAppTile } from '../../shell/catalogue/mini-app-tile'
import { useText } from '../../shell/i18n/text'
import { openMiniApp } from '../../shell/navigation/open-mini-app'
import './index.scss'

export default function HomePage() {
  const text = useText()
  const miniApps = availableMiniApps()
  return (
    <View className='home'>
      <View className='home__banner'>
        <Text className='home__greeting'>{text.home.greeting}</Text>
        <Text className='home__slogan'>{text.home.slogan}</Text>
      </View>
      <View className='home__section'>
        <Text className='home__section-title'>{text.home.forYou}</Text>
        {miniApps.length === 0 ? (
          <Text className='home__empty'>{text.home.empty}</Text>
        ) : (
          <View className='home__grid'>
            {miniApps.map((entry) => (
              <MiniAppTile key={entry.id} entry={entry} onOpen={openMiniApp} />
            ))}
          </View>
        )}
      </View>
    </View>
  )
}
