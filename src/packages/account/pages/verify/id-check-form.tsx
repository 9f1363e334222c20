import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { isApiError } from '../../../../shell/api/errors'
import { idNumberProblem } from '../../../../shell/identity/id-number'
import { useVerifyIdNumberMutation } from '../../../../shell/identity/identity-api'
import { describeApiError, useText } from '../../../../shell/i18n/text'
import { ActionButton } from '../../../../shell/ui/action-button'
import { useAccountText } from '../../../../shell/identity/account-text'

/** L2: name and ID number, checked here first (GB 11643), then by the registry. */
export function IdCheckForm() {
  const text = useText()
  const account = useAccountText()
  const [name, setName] = useState('')
  const [idNumber, setIdNumber] = useState('')
  const [message, setMessage] = useState('')
  const [verify, verifying] = useVerifyIdNumberMutation()
  const submit = async () => {
    if (!name.trim()) return setMessage(account.verify.nameMissing)
    const problem = idNumberProblem(idNumber)
    if (problem) return setMessage(account.verify.idProblems[problem])
    const result = await verify({ name: name.trim(), idNumber: idNumber.trim().toUpperCase() })
    if ('error' in result) setMessage(isApiError(result.error) ? describeApiError(result.error, text) : text.errors.server)
  }
  return (
    <View className='verify__card'>
      <Text className='verify__step'>{account.verify.idStep}</Text>
      <Text className='verify__label'>{account.verify.name}</Text>
      <Input className='verify__input' value={name} aria-label={account.verify.name} onInput={(e) => setName(e.detail.value)} />
      <Text className='verify__label'>{account.verify.idNumber}</Text>
      <Input className='verify__input' type='idcard' maxlength={18} value={idNumber} aria-label={account.verify.idNumber}
        onInput={(e) => setIdNumber(e.detail.value)} />
      {message && <View role='status'><Text className='verify__message'>{message}</Text></View>}
      <ActionButton disabled={verifying.isLoading} onClick={submit}>{account.verify.submitId}</ActionButton>
    </View>
  )
}
