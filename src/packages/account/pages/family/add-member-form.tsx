import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { isApiError } from '../../../../shell/api/errors'
import { useAddFamilyMemberMutation, type NewFamilyMember } from '../../../../shell/identity/family-api'
import { idNumberProblem } from '../../../../shell/identity/id-number'
import { describeApiError, useText } from '../../../../shell/i18n/text'
import { ActionButton } from '../../../../shell/ui/action-button'

const RELATIONS: NewFamilyMember['relation'][] = ['child', 'parent', 'spouse']

/** The server confirms the relationship with the registry before anyone may act for the member. */
export function AddMemberForm() {
  const text = useText()
  const [name, setName] = useState('')
  const [idNumber, setIdNumber] = useState('')
  const [relation, setRelation] = useState<NewFamilyMember['relation']>('child')
  const [message, setMessage] = useState('')
  const [add, adding] = useAddFamilyMemberMutation()
  const submit = async () => {
    const problem = idNumberProblem(idNumber)
    if (!name.trim()) return setMessage(text.verify.nameMissing)
    if (problem) return setMessage(text.verify.idProblems[problem])
    const result = await add({ name: name.trim(), idNumber: idNumber.trim().toUpperCase(), relation })
    if ('error' in result) return setMessage(isApiError(result.error) ? describeApiError(result.error, text) : text.errors.server)
    setName('')
    setIdNumber('')
    setMessage('')
  }
  return (
    <View className='records__row records__row--form'>
      <Text className='records__title'>{text.family.add}</Text>
      <Input className='records__input' value={name} aria-label={text.family.name} placeholder={text.family.name} onInput={(e) => setName(e.detail.value)} />
      <Input className='records__input' type='idcard' maxlength={18} value={idNumber} aria-label={text.family.idNumber}
        placeholder={text.family.idNumber} onInput={(e) => setIdNumber(e.detail.value)} />
      <View className='records__chips'>
        {RELATIONS.map((r) => (
          <View key={r} className={r === relation ? 'records__chip records__chip--active' : 'records__chip'} aria-selected={r === relation} onClick={() => setRelation(r)}>
            <Text className={r === relation ? 'records__chip-text--active' : 'records__chip-text'}>{text.family.relations[r]}</Text>
          </View>
        ))}
      </View>
      {message && <View role='status'><Text className='records__meta'>{message}</Text></View>}
      <ActionButton disabled={adding.isLoading} onClick={submit}>{text.family.add}</ActionButton>
    </View>
  )
}
