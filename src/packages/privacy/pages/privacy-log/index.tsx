import { Text, View } from '@tarojs/components'
import { useMiniAppName } from '../../../../shell/catalogue/use-mini-app-name'
import { useConsentText } from '../../../../shell/consent/consent-text'
import { useListAuditEntriesQuery } from '../../../../shell/privacy/audit-api'
import { QueryView } from '../../../../shell/ui/query-view'
import '../../../../shell/ui/list-page.scss'
import { usePrivacyText } from '../../../../shell/privacy/privacy-text'

/** My → Privacy log: which mini-app used (or was refused) which data, and when, as the server recorded it. */
export default function PrivacyLogPage() {
  const consentText = useConsentText()
  const privacy = usePrivacyText()
  const entries = useListAuditEntriesQuery(undefined, { refetchOnMountOrArgChange: true })
  const nameOf = useMiniAppName()
  return (
    <View className='records'>
      <QueryView query={entries} empty={<Text className='records__empty'>{privacy.privacyLog.none}</Text>}>
        {(list) =>
          list.map((entry) => (
            <View key={entry.id} className='records__row' data-testid='audit-entry'>
              <View className='records__body'>
                <Text className='records__title'>{`${nameOf(entry.miniAppId)} · ${consentText.scopes[entry.capability] ?? entry.capability}`}</Text>
                <Text className='records__meta'>{entry.at.slice(0, 19).replace('T', ' ')}</Text>
                {entry.reason && <Text className='records__meta'>{privacy.privacyLog.reasons[entry.reason]}</Text>}
                {entry.source === 'client' && <Text className='records__meta'>{privacy.privacyLog.reportedByApp}</Text>}
              </View>
              <Text className={entry.outcome === 'allowed' ? 'records__outcome' : 'records__outcome records__outcome--denied'}>
                {entry.outcome === 'allowed' ? privacy.privacyLog.allowed : privacy.privacyLog.denied}
              </Text>
            </View>
          ))
        }
      </QueryView>
    </View>
  )
}
