import { Text, View } from '@tarojs/components'
import { useLocalized } from '../i18n/text'
import { useConsentText } from './consent-text'
import { useMiniAppScope } from '../mini-app/scope'
import { useAppDispatch, useAppSelector } from '../store/hooks'
import { consentAnswered, selectPendingConsent, settleAnswer, type ConsentRequest } from './consent-slice'
import './consent-prompt.scss'
import { ActionButton } from '../ui/action-button'

function Question({ request }: { request: ConsentRequest }) {
  const words = useConsentText()
  const dispatch = useAppDispatch()
  const appName = useLocalized(request.miniAppName)
  const reason = useLocalized(request.reason)
  const answer = (allowed: boolean) => {
    dispatch(consentAnswered())
    settleAnswer(request.id, allowed)
  }
  return (
    <View className='consent' role='dialog' aria-label={words.consent.title(appName)}>
      <View className='consent__sheet'>
        <Text className='consent__title'>{words.consent.title(appName)}</Text>
        <Text className='consent__scope'>{words.scopes[request.scope] ?? request.scope}</Text>
        <Text className='consent__reason'>{words.consent.purpose(reason)}</Text>
        <Text className='consent__note'>{words.consent.revocable}</Text>
        <View className='consent__actions'>
          <ActionButton kind='secondary' className='consent__choice consent__choice--first' onClick={() => answer(false)}>{words.consent.deny}</ActionButton>
          <ActionButton className='consent__choice' onClick={() => answer(true)}>{words.consent.allow}</ActionButton>
        </View>
      </View>
    </View>
  )
}

/** Which mini-app asks, for what, and the manifest's reason; shown on that mini-app's page only. */
export function ConsentPrompt() {
  const { id } = useMiniAppScope()
  const pending = useAppSelector(selectPendingConsent)
  return pending && pending.miniAppId === id ? <Question request={pending} /> : null
}
