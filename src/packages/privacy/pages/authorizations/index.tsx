import { Button, Text, View } from '@tarojs/components'
import { useMiniAppName } from '../../../../shell/catalogue/use-mini-app-name'
import { useListConsentsQuery, useRevokeConsentMutation } from '../../../../shell/consent/consent-api'
import { useConsentText } from '../../../../shell/consent/consent-text'
import { QueryView } from '../../../../shell/ui/query-view'
import '../../../../shell/ui/list-page.scss'
import { usePrivacyText } from '../../../../shell/privacy/privacy-text'

/** My → Authorizations: what each mini-app may see, and a way to take it back. */
export default function AuthorizationsPage() {
  const consentText = useConsentText()
  const privacy = usePrivacyText()
  const grants = useListConsentsQuery()
  const [revoke] = useRevokeConsentMutation()
  const nameOf = useMiniAppName()
  return (
    <View className='records'>
      <QueryView query={grants} empty={<Text className='records__empty'>{privacy.authorizations.none}</Text>}>
        {(list) =>
          list.map((grant) => (
            <View key={`${grant.miniAppId}-${grant.scope}`} className='records__row' data-testid={`grant-${grant.miniAppId}-${grant.scope}`}>
              <View className='records__body'>
                <Text className='records__title'>{`${nameOf(grant.miniAppId)} · ${consentText.scopes[grant.scope] ?? grant.scope}`}</Text>
                <Text className='records__meta'>{privacy.authorizations.grantedAt(grant.grantedAt.slice(0, 16).replace('T', ' '))}</Text>
              </View>
              <Button className='records__action' onClick={() => revoke({ miniAppId: grant.miniAppId, scope: grant.scope })}>
                {privacy.authorizations.revoke}
              </Button>
            </View>
          ))
        }
      </QueryView>
    </View>
  )
}
