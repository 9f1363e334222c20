import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { isApiError } from '../../../../shell/api/errors'
import { useAddFamilyMemberMutation, type NewFamilyMember } from '../../../../shell/identity/family-api'
import { idNumberProblem } from '../../../../shell/identity/id-number'
import { describeApiError, useText } from '../../../../shell/i18n/text'
import { ActionButton } from '../../../../shell/ui/action-button'
import { useAccountText } from '../../../../shell/identity/account-text'

const RELATIONS: NewFamilyMember['relation'][] = ['child', 'parent', 'spouse']

/** The server confirms the relationship with the registry before anyone may act for the member. */
export function AddMemberForm() {
  const text = useText()
  const account = useAccountText()
  const [name, setName] = useState('')
  const [idNumber, setIdNumber] = useState('')
  const [relation, setRelation] = useState<NewFamilyMember['relation']>('child')
  const [message, setMessage] = useState('')
  const [add, adding] = useAddFamilyMemberMutation()
  const submit = async () => {
    const problem = idNumberProblem(idNumber)
    if (!name.trim()) return setMessage(account.verify.nameMissing)
    if (problem) return setMessage(account.verify.idProblems[problem])
    const result = await add({ name: name.trim(), idNumber: idNumber.trim().toUpperCase(), relation })
    if ('error' in result) return setMessage(isApiError(result.error) ? describeApiError(result.error, text) : text.errors.server)
    setName('')
    setIdNumber('')
    setMessage('')
  }
  return (
    <View className='records__row records__row--form'>
      <Text className='records__title'>{account.family.add}</Text>
      <Input className='records__input' value={name} aria-label={account.family.name} placeholder={account.family.name} onInput={(e) => setName(e.detail.value)} />
      <Input className='records__input' type='idcard' maxlength={18} value={idNumber} aria-label={account.family.idNumber}
        placeholder={account.family.idNumber} onInput={(e) => setIdNumber(e.detail.value)} />
      <View className='records__chips'>
        {RELATIONS.map((r) => (
          <View key={r} className={r === relation ? 'records__chip records__chip--active' : 'records__chip'} aria-selected={r === relation} onClick={() => setRelation(r)}>
            <Text className={r === relation ? 'records__chip-text--active' : 'records__chip-text'}>{account.family.relations[r]}</Text>
          </View>
        ))}
      </View>
      {message && <View role='status'><Text className='records__meta'>{message}</Text></View>}
      <ActionButton disabled={adding.isLoading} onClick={submit}>{account.family.add}</ActionButton>
    </View>
  )
}
