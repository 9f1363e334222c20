import { useEffect } from 'react'
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { levelAtLeast } from '../../../../sdk/manifest/vocabulary'
import { returnTo } from '../../../../shell/navigation/return-to'
import { useGetProfileQuery } from '../../../../shell/resident/resident-api'
import { QueryView } from '../../../../shell/ui/query-view'
import { FaceStep } from './face-step'
import { IdCheckForm } from './id-check-form'
import '../../../../shell/ui/card-page.scss'
import { ActionButton } from '../../../../shell/ui/action-button'
import { useAccountText } from '../../../../shell/identity/account-text'

/** Steps the resident up to `level` (L2 or L3), then returns them to `redirect`. */
export default function VerifyPage() {
  const account = useAccountText()
  const { params } = useRouter()
  const target = params.level === 'L2' ? 'L2' : 'L3'
  const redirect = params.redirect ? decodeURIComponent(params.redirect) : undefined
  const profile = useGetProfileQuery()
  const reached = levelAtLeast(profile.data?.level, target)
  useEffect(() => {
    if (reached && redirect) void returnTo(redirect)
  }, [reached, redirect])
  return (
    <View className='verify'>
      <Text className='verify__title'>{redirect ? account.verify.levelNeeded(target) : account.verify.title}</Text>
      <QueryView query={profile}>
        {({ level }) =>
          levelAtLeast(level, target) ? (
            <View className='verify__card'>
              <Text className='verify__step'>{`${account.verify.done} · ${level}`}</Text>
              <ActionButton onClick={() => returnTo(redirect)}>{account.verify.continue}</ActionButton>
            </View>
          ) : levelAtLeast(level, 'L2') ? (
            <FaceStep />
          ) : (
            <IdCheckForm />
          )
        }
      </QueryView>
    </View>
  )
}
