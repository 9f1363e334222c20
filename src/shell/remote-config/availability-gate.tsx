import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useLocalized, useText } from '../i18n/text'
import { ActionButton } from '../ui/action-button'
import { useMiniAppAvailability } from './remote-config-api'

const goHome = () => Taro.switchTab({ url: '/pages/home/index' })

function Refusal({ message }: { message: string }) {
  const text = useText()
  return (
    <View className='level-gate' data-testid='mini-app-refused'>
      <Text>{message}</Text>
      <ActionButton kind='secondary' onClick={goHome}>{text.remoteConfig.home}</ActionButton>
    </View>
  )
}

function DepartmentMessage({ message }: { message: { 'zh-CN': string; en: string } }) {
  return <Refusal message={useLocalized(message)} />
}

/**
 * Every mini-app page and form scenario passes through here (page shims and
 * the form renderer), so a disabled or not-yet-offered mini-app refuses to
 * open however it was reached, a deep link included.
 */
export function AvailabilityGate({ miniAppId, children }: { miniAppId: string; children: ReactNode }) {
  const text = useText()
  const availability = useMiniAppAvailability(miniAppId)
  switch (availability.status) {
    case 'open':
      return <>{children}</>
    case 'disabled':
      return availability.message ? <DepartmentMessage message={availability.message} /> : <Refusal message={text.remoteConfig.disabled} />
    case 'not-offered':
      return <Refusal message={text.remoteConfig.notOffered} />
    case 'checking':
      return (
        <View className='level-gate' aria-busy='true'>
          <Text>{text.query.loading}</Text>
        </View>
      )
  }
}
