import { Button, Text, View } from '@tarojs/components'
import { useListFamilyQuery, useRemoveFamilyMemberMutation } from '../../../../shell/identity/family-api'
import { actFor } from '../../../../shell/identity/act-for'
import { selectActingFor } from '../../../../shell/identity/session-slice'
import { useText } from '../../../../shell/i18n/text'
import { useAppDispatch, useAppSelector } from '../../../../shell/store/hooks'
import { QueryView } from '../../../../shell/ui/query-view'
import { AddMemberForm } from './add-member-form'
import '../../../../shell/ui/list-page.scss'
import { useAccountText } from '../../../../shell/identity/account-text'

/** My → Family: verified members, and acting for one of them (代办). */
export default function FamilyPage() {
  const text = useText()
  const account = useAccountText()
  const dispatch = useAppDispatch()
  const acting = useAppSelector(selectActingFor)
  const family = useListFamilyQuery()
  const [remove] = useRemoveFamilyMemberMutation()
  return (
    <View className='records'>
      {acting && <Text className='records__meta'>{`${text.family.acting(acting.displayName)} · ${account.family.actingHint}`}</Text>}
      <QueryView query={family} empty={<Text className='records__empty'>{account.family.none}</Text>}>
        {(members) =>
          members.map((member) => (
            <View key={member.id} className='records__row' data-testid={`member-${member.id}`}>
              <View className='records__body'>
                <Text className='records__title'>{member.displayName}</Text>
                <Text className='records__meta'>{account.family.relations[member.relation]}</Text>
              </View>
              {acting?.id === member.id ? (
                <Button className='records__action' onClick={() => dispatch(actFor(null))}>{account.family.stopActing}</Button>
              ) : (
                <Button className='records__action' onClick={() => dispatch(actFor({ id: member.id, displayName: member.displayName }))}>
                  {account.family.actFor}
                </Button>
              )}
              <Button className='records__action' onClick={() => remove(member.id)}>{account.family.remove}</Button>
            </View>
          ))
        }
      </QueryView>
      <AddMemberForm />
    </View>
  )
}
