import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { isApiError } from '../../../../shell/api/errors'
import { useSignInWithWechatMutation } from '../../../../shell/identity/auth-api'
import { SmsLoginForm } from '../../../../shell/identity/sms-login-form'
import { describeApiError, useText } from '../../../../shell/i18n/text'
import { returnTo } from '../../../../shell/navigation/return-to'
import './index.scss'
import { ActionButton } from '../../../../shell/ui/action-button'

/** weapp signs in with wx.login; H5 and RN (and weapp on request) with an SMS code. */
export default function LoginPage() {
  const text = useText()
  const { params } = useRouter()
  const redirect = params.redirect ? decodeURIComponent(params.redirect) : undefined
  const [usePhone, setUsePhone] = useState(process.env.TARO_ENV !== 'weapp')
  const [signInWithWechat, wechat] = useSignInWithWechatMutation()
  const done = () => returnTo(redirect)
  return (
    <View className='login'>
      <Text className='login__title'>{text.login.signIn}</Text>
      {usePhone ? (
        <SmsLoginForm onSignedIn={done} />
      ) : (
        <View className='login__form'>
          <ActionButton disabled={wechat.isLoading} onClick={async () => 'data' in (await signInWithWechat()) && done()}>
            {text.login.wechat}
          </ActionButton>
          {wechat.error !== undefined && (
            <View role='status'><Text className='login__message'>{isApiError(wechat.error) ? describeApiError(wechat.error, text) : text.errors.server}</Text></View>
          )}
          <Button className='login__link' onClick={() => setUsePhone(true)}>{text.login.usePhone}</Button>
        </View>
      )}
    </View>
  )
}
