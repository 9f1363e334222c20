import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useAvailableMiniApps } from '../../shell/catalogue/catalogue-api'
import { signOut } from '../../shell/identity/auth-api'
import { confirmSignOut } from '../../shell/identity/confirm-sign-out'
import { selectSignedIn } from '../../shell/identity/session-slice'
import { useText } from '../../shell/i18n/text'
import { useMyText } from './my-text'
import { useAppDispatch, useAppSelector } from '../../shell/store/hooks'
import { changeLocale, selectLocale, type Locale } from '../../shell/store/settings-slice'
import { SHELL_VERSION } from '../../sdk/version'
import { MyDrafts } from '../../shell/forms/my-drafts'
import { ProfileCard } from './profile-card'
import { ElderSwitch } from '../../shell/home/elder-switch'
import { useElderMode } from '../../shell/mini-app/shell-facts'
import { shellRoutes } from '../../shell/navigation/shell-routes'
import { focusable } from '../../shell/ui/focusable'
import { useUnreadMessages } from '../../shell/messages/use-unread-messages'
import { badgeText } from '../../shell/platform/tab-badge'
import './index.scss'

const LANGUAGES: { locale: Locale; label: string }[] = [
  { locale: 'zh-CN', label: '中文' },
  { locale: 'en', label: 'English' },
]

export default function MyPage() {
  const text = useText()
  const myText = useMyText()
  const dispatch = useAppDispatch()
  const leave = async () => {
    if (await confirmSignOut(myText)) await dispatch(signOut())
  }
  const locale = useAppSelector(selectLocale)
  const signedIn = useAppSelector(selectSignedIn)
  const miniApps = useAvailableMiniApps()
  const elder = useElderMode()
  const unread = useUnreadMessages(signedIn)
  // English may still have to arrive over the network (H5); offline, say so and keep the current language.
  const chooseLanguage = (choice: Locale) =>
    void dispatch(changeLocale(choice)).catch(() => void Taro.showToast({ title: text.errors.network, icon: 'none' }))
  const entries: { label: string; url: string; badge?: number }[] = [
    { label: myText.messages, url: shellRoutes.messages, badge: unread },
    { label: myText.verify, url: `${shellRoutes.verify}?level=L3` },
    { label: myText.family, url: shellRoutes.family },
    { label: myText.cases, url: shellRoutes.cases },
    { label: myText.certificates, url: shellRoutes.wallet },
    { label: myText.orders, url: shellRoutes.orders },
    { label: myText.authorizations, url: shellRoutes.authorizations },
    { label: myText.privacyLog, url: shellRoutes.privacyLog },
  ]
  return (
    <View className={`my${elder ? ' elder' : ''}`}>
      <ProfileCard signedIn={signedIn} />
      <View className='my__elder'>
        <ElderSwitch />
      </View>
      {signedIn && <MyDrafts />}
      {signedIn && (
        <View className='my__card'>
          {entries.map((entry) => (
            <View key={entry.url} {...focusable} className='my__entry' role='link' onClick={() => Taro.navigateTo({ url: entry.url })}
              aria-label={entry.badge ? myText.messagesUnread(entry.badge) : entry.label}>
              <Text className='my__entry-text'>{entry.label}</Text>
              {!!entry.badge && <Text className='my__badge' data-testid='my-unread'>{badgeText(entry.badge)}</Text>}
            </View>
          ))}
          <View {...focusable} className='my__entry' role='button' onClick={() => void leave()}>
            <Text className='my__entry-text my__entry-text--danger'>{myText.signOut}</Text>
          </View>
        </View>
      )}
      <View className='my__card'>
        <Text className='my__label'>{myText.language}</Text>
        <View className='my__options' role='radiogroup' aria-label={myText.language}>
          {LANGUAGES.map((option) => (
            <View
              {...focusable}
              key={option.locale}
              className={option.locale === locale ? 'my__option my__option--active' : 'my__option'}
              onClick={() => chooseLanguage(option.locale)}
              role='radio'
              aria-checked={option.locale === locale}
            >
              <Text className={option.locale === locale ? 'my__option-text my__option-text--active' : 'my__option-text'}>
                {option.label}
              </Text>
            </View>
          ))}
        </View>
      </View>
      <View className='my__card'>
        <Text className='my__label'>{myText.about}</Text>
        {miniApps.data && <Text className='my__line'>{myText.serviceCount(miniApps.data.length)}</Text>}
        <Text className='my__line'>{myText.shellVersion(SHELL_VERSION)}</Text>
      </View>
    </View>
  )
}
