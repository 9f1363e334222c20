import { Text, View } from '@tarojs/components'
import { useAvailableMiniApps } from '../../shell/catalogue/catalogue-api'
import { MiniAppTile } from '../../shell/catalogue/mini-app-tile'
import { useText } from '../../shell/i18n/text'
import { openMiniApp } from '../../shell/navigation/open-mini-app'
import { CaseRow } from '../../shell/resident/case-row'
import { useGetApplicationsQuery, useGetMessagesQuery, useGetProfileQuery } from '../../shell/resident/resident-api'
import { QueryView } from '../../shell/ui/query-view'
import './index.scss'

const CASES_ON_HOME = 3

export default function HomePage() {
  const text = useText()
  const miniApps = useAvailableMiniApps()
  const profile = useGetProfileQuery()
  const messages = useGetMessagesQuery()
  const applications = useGetApplicationsQuery()
  const unread = messages.data?.filter((m) => !m.read).length ?? 0
  return (
    <View className='home'>
      <View className='home__banner'>
        <Text className='home__greeting'>{profile.data ? text.home.greetingName(profile.data.displayName) : text.home.greeting}</Text>
        <Text className='home__slogan'>{text.home.slogan}</Text>
        {unread > 0 && <Text className='home__unread'>{text.home.unread(unread)}</Text>}
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
      <View className='home__section home__section--cases'>
        <Text className='home__section-title'>{text.home.myCases}</Text>
        <QueryView query={applications} empty={<Text className='home__empty'>{text.home.noCases}</Text>}>
          {(list) => list.slice(0, CASES_ON_HOME).map((application) => <CaseRow key={application.id} application={application} />)}
        </QueryView>
      </View>
    </View>
  )
}
