import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useAvailableMiniApps } from '../../shell/catalogue/catalogue-api'
import { MiniAppTile } from '../../shell/catalogue/mini-app-tile'
import { PrivacyAgreement } from '../../shell/identity/privacy-agreement'
import { selectActingFor, selectPrivacyAccepted, selectSignedIn } from '../../shell/identity/session-slice'
import { useText } from '../../shell/i18n/text'
import { openMiniApp } from '../../shell/navigation/open-mini-app'
import { MyCasesSection } from '../../shell/resident/my-cases-section'
import { useReconcilePayments } from '../../shell/payment/use-reconcile'
import { useGetProfileQuery } from '../../shell/resident/resident-api'
import { useUnreadMessages } from '../../shell/messages/use-unread-messages'
import { shellRoutes } from '../../shell/navigation/shell-routes'
import { focusable } from '../../shell/ui/focusable'
import { useAppSelector } from '../../shell/store/hooks'
import { QueryView } from '../../shell/ui/query-view'
import { CatalogueState } from '../../shell/home/catalogue-state'
import { CitySwitch } from '../../shell/home/city-switch'
import { ElderSwitch } from '../../shell/home/elder-switch'
import { HomeCatalogue } from '../../shell/home/home-catalogue'
import { SearchEntry } from '../../shell/home/search-entry'
import { useCatalogueView } from '../../shell/home/use-catalogue'
import { RemoteNotices } from '../../shell/remote-config/remote-notices'
import { useElderMode } from '../../shell/mini-app/shell-facts'
import './index.scss'

export default function HomePage() {
  const text = useText()
  const privacyAccepted = useAppSelector(selectPrivacyAccepted)
  const signedIn = useAppSelector(selectSignedIn) && privacyAccepted
  const acting = useAppSelector(selectActingFor)
  const miniApps = useAvailableMiniApps()
  const profile = useGetProfileQuery(undefined, { skip: !signedIn })
  const unread = useUnreadMessages(signedIn)
  const elder = useElderMode()
  const catalogue = useCatalogueView()
  useReconcilePayments()
  if (!privacyAccepted) {
    return (
      <View className='home'>
        <PrivacyAgreement />
      </View>
    )
  }
  return (
    <View className={`home${elder ? ' elder' : ''}`}>
      <View className='home__banner'>
        <Text className='home__greeting'>{profile.data ? text.home.greetingName(profile.data.displayName) : text.home.greeting}</Text>
        <Text className='home__slogan'>{text.home.slogan}</Text>
        {unread > 0 && (
          <View {...focusable} role='link' onClick={() => Taro.navigateTo({ url: shellRoutes.messages })}>
            <Text className='home__unread'>{text.home.unread(unread)}</Text>
          </View>
        )}
        {acting && <Text className='home__unread'>{text.family.acting(acting.displayName)}</Text>}
      </View>
      <View className='home__tools'>
        <CitySwitch />
        <ElderSwitch />
        <SearchEntry />
      </View>
      <RemoteNotices />
      <CatalogueState view={catalogue}>{(loaded) => <HomeCatalogue catalogue={loaded} elder={elder} />}</CatalogueState>
      {!elder && (
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
      )}
      {!elder && <MyCasesSection signedIn={signedIn} />}
    </View>
  )
}
