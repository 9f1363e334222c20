import { Text, View } from '@tarojs/components'
import { useMiniAppName } from '../../shell/catalogue/use-mini-app-name'
import { useText } from '../../shell/i18n/text'
import { selectAuditEntries } from '../../shell/privacy/audit-slice'
import { useAppSelector } from '../../shell/store/hooks'
import './index.scss'

/** My → Privacy log: which mini-app used (or was refused) which data, and when. */
export default function PrivacyLogPage() {
  const text = useText()
  const entries = useAppSelector(selectAuditEntries)
  const nameOf = useMiniAppName()
  if (entries.length === 0) return <View className='records'><Text className='records__empty'>{text.privacyLog.none}</Text></View>
  return (
    <View className='records'>
      {entries.map((entry) => (
        <View key={`${entry.at}-${entry.capability}`} className='records__row' data-testid='audit-entry'>
          <View className='records__body'>
            <Text className='records__title'>{`${nameOf(entry.miniAppId)} · ${text.scopes[entry.capability] ?? entry.capability}`}</Text>
            <Text className='records__meta'>{entry.at.slice(0, 19).replace('T', ' ')}</Text>
            {entry.reason && <Text className='records__meta'>{text.privacyLog.reasons[entry.reason]}</Text>}
          </View>
          <Text className={entry.outcome === 'allowed' ? 'records__outcome' : 'records__outcome records__outcome--denied'}>
            {entry.outcome === 'allowed' ? text.privacyLog.allowed : text.privacyLog.denied}
          </Text>
        </View>
      ))}
    </View>
  )
}
