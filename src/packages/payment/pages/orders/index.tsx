import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { formatFen } from '../../../../shell/format/money'
import { useText } from '../../../../shell/i18n/text'
import { useListOrdersQuery, type Order } from '../../../../shell/payment/payment-api'
import { QueryView } from '../../../../shell/ui/query-view'
import '../../../../shell/ui/list-page.scss'
import { shellRoutes } from '../../../../shell/navigation/shell-routes'

const FILTERS: Record<string, (o: Order) => boolean> = {
  all: () => true,
  paid: (o) => o.status === 'paid',
  open: (o) => o.status === 'created' || o.status === 'paying' || o.status === 'failed',
  refunded: (o) => o.status === 'refunded',
}

/** My → Orders: every payment, filterable; each opens its result and e-receipt. */
export default function OrdersPage() {
  const text = useText()
  const orders = useListOrdersQuery()
  const [filter, setFilter] = useState('all')
  return (
    <View className='records'>
      <View className='records__chips'>
        {Object.keys(FILTERS).map((f) => (
          <View key={f} className={f === filter ? 'records__chip records__chip--active' : 'records__chip'} aria-selected={f === filter} onClick={() => setFilter(f)}>
            <Text className={f === filter ? 'records__chip-text--active' : 'records__chip-text'}>{text.payment.filters[f]}</Text>
          </View>
        ))}
      </View>
      <QueryView query={orders} empty={<Text className='records__empty'>{text.payment.noOrders}</Text>}>
        {(list) =>
          list.filter(FILTERS[filter]).map((order) => (
            <View key={order.id} className='records__row' data-testid={`order-${order.id}`}
              onClick={() => Taro.navigateTo({ url: `${shellRoutes.paymentResult}?orderId=${encodeURIComponent(order.id)}` })}>
              <View className='records__body'>
                <Text className='records__title'>{order.title}</Text>
                <Text className='records__meta'>{`${formatFen(order.amountFen)} · ${order.createdAt.slice(0, 10)}`}</Text>
                {order.receiptNo && <Text className='records__meta'>{text.payment.receipt(order.receiptNo)}</Text>}
              </View>
              <Text className={order.status === 'paid' ? 'records__outcome' : 'records__outcome records__outcome--denied'}>{text.payment.statuses[order.status]}</Text>
            </View>
          ))
        }
      </QueryView>
    </View>
  )
}
