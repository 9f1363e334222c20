import { Text, View } from '@tarojs/components'
import { SHELL_VERSION } from '../../sdk/version'
import { useLocale, useText } from '../i18n/text'
import { shellOutdated } from './evaluate'
import { useRemoteConfig } from './remote-config-api'

/** Home's banner from the remote config: "please update" below the minimum shell version, and the notices. */
export function RemoteNotices() {
  const { config } = useRemoteConfig()
  const text = useText()
  const locale = useLocale()
  const outdated = shellOutdated(config, SHELL_VERSION)
  if (!outdated && config.notices.length === 0) return null
  return (
    <View className='home__section' data-testid='remote-notices' role='status'>
      {outdated && <Text className='home__unread' data-testid='shell-outdated'>{text.remoteConfig.outdated}</Text>}
      {config.notices.map((notice) => (
        <Text key={notice.id} className='home__empty' data-testid={`notice-${notice.id}`}>
          {notice.text[locale]}
        </Text>
      ))}
    </View>
  )
}
