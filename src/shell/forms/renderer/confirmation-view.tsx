import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Scenario } from '../../../sdk/scenario'
import { formatFen } from '../../format/money'
import { useLocale } from '../../i18n/text'
import { shellRoutes } from '../../navigation/shell-routes'
import { ActionButton } from '../../ui/action-button'
import type { Submitted } from './check-view'
import { useFormsText } from './forms-text'
import { usePayFee, type FeeDue } from './pay-fee'

/** The fee's line on the confirmation: paid with its receipt, being confirmed, or unpaid with a way to pay now. */
function FeeStatus({ fee: submittedFee }: { fee: FeeDue }) {
  const text = useFormsText()
  const payFee = usePayFee()
  const [fee, setFee] = useState(submittedFee)
  const [paying, setPaying] = useState(false)
  const amount = formatFen(fee.amountFen)
  const payAgain = async () => {
    setPaying(true)
    const outcome = await payFee(fee.orderId).finally(() => setPaying(false))
    setFee({ ...fee, outcome })
  }
  const { outcome } = fee
  return (
    <View className='form-panel' data-testid='fee-status' data-outcome={outcome.kind}>
      {outcome.kind === 'paid' ? <Text className='form-page__lead'>{text.done.feePaid(amount, outcome.receiptNo)}</Text> : null}
      {outcome.kind === 'pending' ? <Text className='form-page__lead'>{text.done.feePending}</Text> : null}
      {outcome.kind === 'unpaid' ? <View className='form-page__warning' role='alert'>{text.done.feeUnpaid(amount)}</View> : null}
      {outcome.kind === 'unpaid' ? <ActionButton disabled={paying} onClick={() => void payAgain()}>{text.done.payNow}</ActionButton> : null}
      {outcome.kind !== 'paid' ? (
        <Text className='form-page__link' onClick={() => void Taro.navigateTo({ url: shellRoutes.orders })}>{text.done.orders}</Text>
      ) : null}
    </View>
  )
}

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
      {submitted.fee ? <FeeStatus fee={submitted.fee} /> : null}
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
