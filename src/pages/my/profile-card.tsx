import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useText } from '../../shell/i18n/text'
import { useMyText } from './my-text'
import { useGetProfileQuery } from '../../shell/resident/resident-api'
import { RevealIdentity } from './reveal-identity'
import { shellRoutes } from '../../shell/navigation/shell-routes'

/** Who is signed in, masked, and at what identity level; or a way in. */
export function ProfileCard({ signedIn }: { signedIn: boolean }) {
  const text = useText()
  const myText = useMyText()
  const profile = useGetProfileQuery(undefined, { skip: !signedIn })
  if (!signedIn) {
    return (
      <View className='my__profile'>
        <Text className='my__name'>{myText.guest}</Text>
        <Text className='my__hint'>{myText.guestHint}</Text>
        <Button className='my__signin' onClick={() => Taro.navigateTo({ url: shellRoutes.login })}>{text.login.signIn}</Button>
      </View>
    )
  }
  return (
    <View className='my__profile'>
      <Text className='my__name'>{profile.data?.displayName ?? ' '}</Text>
      {profile.data && (
        <>
          <Text className='my__hint' data-testid='identity-level'>{`${myText.levels[profile.data.level]} · ${profile.data.level}`}</Text>
          <Text className='my__hint'>{profile.data.phoneMasked}</Text>
          {profile.data.idNumberMasked && <Text className='my__hint'>{profile.data.idNumberMasked}</Text>}
          <RevealIdentity />
        </>
      )}
    </View>
  )
}
