import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCatalogue } from '../../../../shell/catalogue/catalogue-api'
import { formatFen } from '../../../../shell/format/money'
import { useText } from '../../../../shell/i18n/text'
import { shellRoutes } from '../../../../shell/navigation/shell-routes'
import { payHere } from '../../../../shell/payment/pay-here'
import { PaymentNotStartedError } from '../../../../shell/payment/payment-errors'
import type { Order } from '../../../../shell/payment/payment-api'
import { useAppDispatch } from '../../../../shell/store/hooks'

const PAYABLE = ['created', 'failed']

/**
 * One order; an open one (a fee left unpaid, a fine whose payment failed) can
 * be paid from here, as the service that owns it (its token and declared
 * `payment` scope), so the server checks ownership as it would in the service.
 */
export function OrderRow({ order, onPaid }: { order: Order; onPaid(): void }) {
  const text = useText()
  const dispatch = useAppDispatch()
  const { data: catalogue } = useCatalogue()
  const [paying, setPaying] = useState(false)
  const owner = catalogue?.find((e) => e.id === order.scenarioId && e.permissions.some((p) => p.scope === 'payment'))
  const pay = async () => {
    if (!owner) return
    setPaying(true)
    try {
      await payHere(dispatch, { id: owner.id, permissions: owner.permissions }, order.id)
    } catch (error) {
      if (!(error instanceof PaymentNotStartedError)) throw error
      void Taro.showToast({ title: text.payment.notStarted, icon: 'none' })
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
        {order.receiptNo && <Text className='records__meta'>{text.payment.receipt(order.receiptNo)}</Text>}
      </View>
      <Text className={order.status === 'paid' ? 'records__outcome' : 'records__outcome records__outcome--denied'}>{text.payment.statuses[order.status]}</Text>
      {PAYABLE.includes(order.status) && owner ? (
        <View className='records__chip records__chip--active' role='button' aria-disabled={paying} data-testid={`pay-${order.id}`}
          onClick={(e) => {
            e.stopPropagation()
            if (!paying) void pay()
          }}>
          <Text className='records__chip-text--active'>{text.payment.payOpen}</Text>
        </View>
      ) : null}
    </View>
  )
}
