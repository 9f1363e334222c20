import { useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import { isApiError } from '../api/errors'
import { describeApiError, useText } from '../i18n/text'
import { useSendSmsCodeMutation, useSignInWithSmsMutation } from './auth-api'
import { useCountdown } from './use-countdown'
import { ActionButton } from '../ui/action-button'

const PHONE = /^1\d{10}$/
const CODE = /^\d{6}$/

/** Phone plus SMS code, for H5 and RN (and weapp on request). */
export function SmsLoginForm({ onSignedIn }: { onSignedIn: () => void }) {
  const text = useText()
  const [phone, setPhone] = useState('')
  const [code, setCode] = useState('')
  const [message, setMessage] = useState('')
  const [wait, setWait] = useCountdown()
  const [sendCode, sending] = useSendSmsCodeMutation()
  const [signIn, signingIn] = useSignInWithSmsMutation()

  const explain = (error: unknown) => setMessage(isApiError(error) ? describeApiError(error, text) : text.errors.server)

  const send = async () => {
    if (!PHONE.test(phone)) return setMessage(text.login.badPhone)
    const result = await sendCode(phone)
    if ('error' in result) {
      const retry = isApiError(result.error) && result.error.kind === 'http' ? result.error.retryAfterSec : undefined
      if (retry) setWait(retry)
      return explain(result.error)
    }
    setWait(result.data.resendAfterSec)
    setMessage(text.login.sent)
  }

  const submit = async () => {
    if (!PHONE.test(phone)) return setMessage(text.login.badPhone)
    if (!CODE.test(code)) return setMessage(text.login.badCode)
    const result = await signIn({ phone, code })
    if ('error' in result) return explain(result.error)
    onSignedIn()
  }

  return (
    <View className='login__form'>
      <Text className='login__label'>{text.login.phone}</Text>
      <Input className='login__input' type='number' maxlength={11} value={phone} placeholder={text.login.phonePlaceholder}
        aria-label={text.login.phone} onInput={(e) => setPhone(e.detail.value.trim())} />
      <Text className='login__label'>{text.login.code}</Text>
      <View className='login__row'>
        <Input className='login__input login__input--code' type='number' maxlength={6} value={code} placeholder={text.login.codePlaceholder}
          aria-label={text.login.code} onInput={(e) => setCode(e.detail.value.trim())} />
        {/* Passed only when true: see ActionButton on Taro H5's disabled attribute. */}
        <Button className='login__send' disabled={wait > 0 || sending.isLoading || undefined} onClick={send}>
          {wait > 0 ? text.login.resend(wait) : text.login.send}
        </Button>
      </View>
      {message && <View role='status'><Text className='login__message'>{message}</Text></View>}
      <ActionButton disabled={signingIn.isLoading} onClick={submit}>{text.login.submit}</ActionButton>
    </View>
  )
}
