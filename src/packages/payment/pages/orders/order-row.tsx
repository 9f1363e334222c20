import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { formatFen } from '../../../../shell/format/money'
import { useText } from '../../../../shell/i18n/text'
import { shellRoutes } from '../../../../shell/navigation/shell-routes'
import type { Order } from '../../../../shell/payment/payment-api'
import { usePayAsService } from '../../../../shell/payment/use-pay-as-service'
import { usePaymentText } from '../../../../shell/payment/payment-text'

const PAYABLE = ['created', 'failed']

/**
 * One order; an open one (a fee left unpaid, a fine whose payment failed) can
 * be paid from here, as the service that owns it (its token and declared
 * `payment` scope), so the server checks ownership as it would in the service.
 */
export function OrderRow({ order, onPaid }: { order: Order; onPaid(): void }) {
  const text = useText()
  const paymentText = usePaymentText()
  const { payer, pay } = usePayAsService(order.scenarioId)
  const [paying, setPaying] = useState(false)
  const canPay = PAYABLE.includes(order.status) && !!payer?.permissions.some((p) => p.scope === 'payment')
  const payNow = async () => {
    setPaying(true)
    try {
      if (!(await pay(order.id))) void Taro.showToast({ title: paymentText.notStarted, icon: 'none' })
    } finally {
      setPaying(false)
      onPaid()
    }
  }
  return (
    <View className='records__row' data-testid={`order-${order.id}`}
      onClick={() => Taro.navigateTo({ url: `${shellRoutes.paymentResult}?orderId=${encodeURIComponent(order.id)}` })}>
      <View className='records__body'>
        <Text className='records__title'>{order.title}</Text>
        <Text className='records__meta'>{`${formatFen(order.amountFen)} · ${order.createdAt.slice(0, 10)}`}</Text>
        {order.receiptNo && <Text className='records__meta'>{paymentText.receipt(order.receiptNo)}</Text>}
      </View>
      <Text className={order.status === 'paid' ? 'records__outcome' : 'records__outcome records__outcome--denied'}>{text.payment.statuses[order.status]}</Text>
      {canPay ? (
        <View className='records__chip records__chip--active' role='button' aria-disabled={paying} data-testid={`pay-${order.id}`}
          onClick={(e) => {
            e.stopPropagation()
            if (!paying) void payNow()
          }}>
          <Text className='records__chip-text--active'>{paymentText.payOpen}</Text>
        </View>
      ) : null}
    </View>
  )
}
