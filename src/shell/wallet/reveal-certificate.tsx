import { useEffect, useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { Button } from '../../sdk/ui/button'
import { InlineStatus } from '../../sdk/ui/inline-status'
import { isApiError } from '../api/errors'
import { useSendRevealCodeMutation } from '../identity/identity-api'
import { useCountdown } from '../identity/use-countdown'
import { describeApiError, useText } from '../i18n/text'
import { useRevealCertificateMutation, type CertificateType, type RevealedCertificate } from './wallet-api'
import { useWalletText } from './wallet-text'

const SHOWN_FOR_SEC = 60

/**
 * The full number, after a fresh SMS code (the re-authentication My's reveal
 * uses), for a minute; it lives only in this component, never in a store.
 */
export function RevealCertificate({ type, onRevealed }: { type: CertificateType; onRevealed: (c: RevealedCertificate | undefined) => void }) {
  const text = useText()
  const words = useWalletText()
  const [asking, setAsking] = useState(false)
  const [code, setCode] = useState('')
  const [message, setMessage] = useState('')
  const [left, setLeft] = useCountdown()
  const [shown, setShown] = useState(false)
  const [sendCode] = useSendRevealCodeMutation()
  const [reveal, revealing] = useRevealCertificateMutation()
  useEffect(() => {
    if (shown && left === 0) {
      setShown(false)
      onRevealed(undefined)
    }
  }, [left, shown, onRevealed])

  const confirm = async () => {
    const result = await reveal({ type, code })
    if ('error' in result) return setMessage(isApiError(result.error) ? describeApiError(result.error, text) : text.errors.server)
    onRevealed(result.data)
    setShown(true)
    setAsking(false)
    setCode('')
    setMessage('')
    setLeft(SHOWN_FOR_SEC)
  }

  if (shown) return <Text className='wallet__hint'>{words.revealShown(left)}</Text>
  if (!asking) return <Button kind='secondary' onClick={() => setAsking(true)}>{words.reveal}</Button>
  return (
    <View className='wallet__reveal'>
      <Text className='wallet__hint'>{words.revealHint}</Text>
      <Button kind='secondary' onClick={() => sendCode()}>{words.revealSend}</Button>
      <Input className='wallet__code' type='number' maxlength={6} value={code} aria-label={words.code} onInput={(e) => setCode(e.detail.value)} />
      {message && <InlineStatus kind='error' message={message} />}
      <Button onClick={confirm} disabled={revealing.isLoading}>{words.revealConfirm}</Button>
    </View>
  )
}
