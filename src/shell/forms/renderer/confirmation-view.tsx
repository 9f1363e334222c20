import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Scenario } from '../../../sdk/scenario'
import { useLocale } from '../../i18n/text'
import { ActionButton } from '../../ui/action-button'
import type { Submitted } from './check-view'
import { useFormsText } from './forms-text'

/** GOV.UK's confirmation: the reference number first, then what each department will do and when. */
export function ConfirmationView({ scenario, submitted }: { scenario: Scenario; submitted: Submitted }) {
  const text = useFormsText()
  const locale = useLocale()
  return (
    <View className='form-page' data-testid='confirmation'>
      <View className='form-panel'>
        <Text className='form-panel__title'>{text.done.title}</Text>
        <Text className='form-panel__caption'>{text.done.reference}</Text>
        <Text className='form-panel__reference' data-testid='reference'>{submitted.reference}</Text>
      </View>
      <Text className='form-page__caption'>{text.done.next}</Text>
      <Text className='form-page__lead'>{scenario.whatHappensNext[locale]}</Text>
      {submitted.parts.length > 1 ? <Text className='form-page__caption'>{text.done.parts}</Text> : null}
      {submitted.parts.length > 1 ? submitted.parts.map((p) => (
        <Text key={p.item} className='form-page__item'>{p.item} · {p.department}</Text>
      )) : null}
      <Text className='form-page__note'>{text.done.myCases}</Text>
      <ActionButton onClick={() => void Taro.switchTab({ url: '/pages/my/index' })}>{text.done.myCases}</ActionButton>
      <ActionButton kind='secondary' onClick={() => void Taro.switchTab({ url: '/pages/home/index' })}>{text.done.home}</ActionButton>
    </View>
  )
}
