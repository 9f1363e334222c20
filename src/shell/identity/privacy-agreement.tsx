import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { useText } from '../i18n/text'
import { useAppDispatch } from '../store/hooks'
import { acceptPrivacy } from './session-slice'
import './privacy-agreement.scss'
import { ActionButton } from '../ui/action-button'

/**
 * Shown at first launch, before any personal data is touched, as WeChat
 * requires. Declining keeps the catalogue browsable and nothing else.
 */
export function PrivacyAgreement() {
  const text = useText()
  const dispatch = useAppDispatch()
  const [declined, setDeclined] = useState(false)
  return (
    <View className='privacy' role='dialog' aria-label={text.privacy.title}>
      <Text className='privacy__title'>{text.privacy.title}</Text>
      <Text className='privacy__intro'>{text.privacy.intro}</Text>
      {text.privacy.points.map((point) => (
        <Text key={point} className='privacy__point'>{`· ${point}`}</Text>
      ))}
      {declined && <View role='status'><Text className='privacy__declined'>{text.privacy.declined}</Text></View>}
      <ActionButton onClick={() => dispatch(acceptPrivacy())}>{text.privacy.accept}</ActionButton>
      <ActionButton kind='secondary' onClick={() => setDeclined(true)}>{text.privacy.decline}</ActionButton>
    </View>
  )
}
