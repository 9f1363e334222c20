import { useEffect, useRef } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { reportCashierResult } from '../../../../shell/payment/adapter'
import { usePayInSandboxCashierMutation, useGetOrderQuery } from '../../../../shell/payment/payment-api'
import { formatFen } from '../../../../shell/format/money'
import { ActionButton } from '../../../../shell/ui/action-button'
import { QueryView } from '../../../../shell/ui/query-view'
import '../../../../shell/ui/card-page.scss'
import { usePaymentText } from '../../../../shell/payment/payment-text'

/** H5 and RN: the payment provider's cashier (the mock backend's sandbox). weapp pays in WeChat's own sheet. */
export default function CashierPage() {
  const paymentText = usePaymentText()
  const orderId = decodeURIComponent(useRouter().params.orderId ?? '')
  const order = useGetOrderQuery(orderId)
  const [confirm, confirming] = usePayInSandboxCashierMutation()
  const answered = useRef(false)
  const finish = (result: 'completed' | 'cancelled' | 'failed') => {
    answered.current = true
    reportCashierResult(orderId, result)
    // After a charge the pay flow replaces this page with the result; otherwise go back.
    if (result !== 'completed') void Taro.navigateBack()
  }
  // Leaving the cashier any other way (the back button) is a cancellation.
  useEffect(() => () => {
    if (!answered.current) reportCashierResult(orderId, 'cancelled')
  }, [orderId])
  return (
    <View className='verify'>
      <Text className='verify__title'>{paymentText.cashier}</Text>
      <QueryView query={order}>
        {(o) => (
          <View className='verify__card'>
            <Text className='verify__step'>{o.title}</Text>
            <Text className='verify__title' data-testid='cashier-amount'>{formatFen(o.amountFen)}</Text>
            <ActionButton disabled={confirming.isLoading} onClick={async () => finish('error' in (await confirm(orderId)) ? 'failed' : 'completed')}>
              {paymentText.pay}
            </ActionButton>
            <ActionButton kind='secondary' onClick={() => finish('cancelled')}>{paymentText.cancel}</ActionButton>
          </View>
        )}
      </QueryView>
    </View>
  )
}
