import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { formatFen } from '../../../../shell/format/money'
import { useText } from '../../../../shell/i18n/text'
import { payOrder } from '../../../../shell/payment/pay'
import { useGetOrderQuery } from '../../../../shell/payment/payment-api'
import { useAppDispatch } from '../../../../shell/store/hooks'
import { ActionButton } from '../../../../shell/ui/action-button'
import { QueryView } from '../../../../shell/ui/query-view'
import '../../../../shell/ui/card-page.scss'
import { usePaymentText } from '../../../../shell/payment/payment-text'

/** The server's word on one order: success with its e-receipt, failure with a retry, or still confirming. */
export default function PaymentResultPage() {
  const text = useText()
  const paymentText = usePaymentText()
  const dispatch = useAppDispatch()
  const orderId = decodeURIComponent(useRouter().params.orderId ?? '')
  const order = useGetOrderQuery(orderId)
  return (
    <View className='verify'>
      <QueryView query={order}>
        {(o) => (
          <View className='verify__card' data-testid='payment-result'>
            <Text className='verify__title'>
              {o.status === 'paid' ? paymentText.paid : o.status === 'created' || o.status === 'paying' ? paymentText.pending : text.payment.statuses[o.status]}
            </Text>
            <Text className='verify__step'>{`${o.title} · ${formatFen(o.amountFen)}`}</Text>
            {o.receiptNo && <Text className='verify__label'>{paymentText.receipt(o.receiptNo)}</Text>}
            {o.failureReason && <Text className='verify__message'>{o.failureReason}</Text>}
            {(o.status === 'created' || o.status === 'paying') && <Text className='verify__label'>{paymentText.pendingHint}</Text>}
            {o.status === 'failed' && (
              <ActionButton onClick={async () => { await payOrder(dispatch, { id: o.scenarioId, permissions: [] }, o.id).catch(() => undefined); order.refetch() }}>{paymentText.retry}</ActionButton>
            )}
            {(o.status === 'created' || o.status === 'paying') && <ActionButton kind='secondary' onClick={() => order.refetch()}>{paymentText.refresh}</ActionButton>}
          </View>
        )}
      </QueryView>
    </View>
  )
}
