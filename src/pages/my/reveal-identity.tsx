import { useEffect, useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import { isApiError } from '../../shell/api/errors'
import { useRevealIdentityMutation, useSendRevealCodeMutation } from '../../shell/identity/identity-api'
import { useCountdown } from '../../shell/identity/use-countdown'
import { describeApiError, useText } from '../../shell/i18n/text'
import { useMyText } from './my-text'

const SHOWN_FOR_SEC = 60

/**
 * Masked data is shown in full only after a deliberate tap and a fresh SMS
 * code, and only for a minute; nothing unmasked is stored or cached.
 */
export function RevealIdentity() {
  const text = useText()
  const myText = useMyText()
  const [asking, setAsking] = useState(false)
  const [code, setCode] = useState('')
  const [message, setMessage] = useState('')
  const [revealed, setRevealed] = useState<{ name?: string; idNumber?: string; phone: string }>()
  const [left, setLeft] = useCountdown()
  const [sendCode] = useSendRevealCodeMutation()
  const [reveal] = useRevealIdentityMutation()
  useEffect(() => {
    if (revealed && left === 0) setRevealed(undefined)
  }, [left, revealed])

  const confirm = async () => {
    const result = await reveal(code)
    if ('error' in result) return setMessage(isApiError(result.error) ? describeApiError(result.error, text) : text.errors.server)
    setRevealed(result.data)
    setAsking(false)
    setCode('')
    setLeft(SHOWN_FOR_SEC)
  }

  if (revealed) {
    return (
      <View className='my__reveal' data-testid='revealed-identity'>
        {[revealed.name, revealed.idNumber, revealed.phone].filter(Boolean).map((value) => (
          <Text key={value} className='my__hint'>{value}</Text>
        ))}
        <Text className='my__hint'>{myText.revealShown(left)}</Text>
      </View>
    )
  }
  if (!asking) return <Button className='my__reveal-button' onClick={() => setAsking(true)}>{myText.reveal}</Button>
  return (
    <View className='my__reveal'>
      <Text className='my__hint'>{myText.revealHint}</Text>
      <Button className='my__reveal-button' onClick={() => sendCode()}>{myText.revealSend}</Button>
      <Input className='my__reveal-input' type='number' maxlength={6} value={code} aria-label={text.login.code} onInput={(e) => setCode(e.detail.value)} />
      {message && <View role='status'><Text className='my__hint'>{message}</Text></View>}
      <Button className='my__reveal-button' onClick={confirm}>{myText.revealConfirm}</Button>
    </View>
  )
}
