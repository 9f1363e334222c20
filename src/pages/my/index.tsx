import { Text, View } from '@tarojs/components'
import { useAvailableMiniApps } from '../../shell/catalogue/catalogue-api'
import { useText } from '../../shell/i18n/text'
import { useAppDispatch, useAppSelector } from '../../shell/store/hooks'
import { localeChanged, selectLocale, type Locale } from '../../shell/store/settings-slice'
import { SHELL_VERSION } from '../../sdk/version'
import './index.scss'

const LANGUAGES: { locale: Locale; label: string }[] = [
  { locale: 'zh-CN', label: '中文' },
  { locale: 'en', label: 'English' },
]

export default function MyPage() {
  const text = useText()
  const dispatch = useAppDispatch()
  const locale = useAppSelector(selectLocale)
  const miniApps = useAvailableMiniApps()
  return (
    <View className='my'>
      <View className='my__profile'>
        <Text className='my__name'>{text.my.guest}</Text>
        <Text className='my__hint'>{text.my.guestHint}</Text>
      </View>
      <View className='my__card'>
        <Text className='my__label'>{text.my.language}</Text>
        <View className='my__options'>
          {LANGUAGES.map((option) => (
            <View
              key={option.locale}
              className={option.locale === locale ? 'my__option my__option--active' : 'my__option'}
              onClick={() => dispatch(localeChanged(option.locale))}
              aria-selected={option.locale === locale}
            >
              <Text className={option.locale === locale ? 'my__option-text my__option-text--active' : 'my__option-text'}>
                {option.label}
              </Text>
            </View>
          ))}
        </View>
      </View>
      <View className='my__card'>
        <Text className='my__label'>{text.my.about}</Text>
        {miniApps.data && <Text className='my__line'>{text.my.serviceCount(miniApps.data.length)}</Text>}
        <Text className='my__line'>{text.my.shellVersion(SHELL_VERSION)}</Text>
      </View>
    </View>
  )
}
