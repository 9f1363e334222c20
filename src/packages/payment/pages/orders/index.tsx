import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { useListOrdersQuery, type Order } from '../../../../shell/payment/payment-api'
import { QueryView } from '../../../../shell/ui/query-view'
import '../../../../shell/ui/list-page.scss'
import { OrderRow } from './order-row'
import { usePaymentText } from '../../../../shell/payment/payment-text'

const FILTERS: Record<string, (o: Order) => boolean> = {
  all: () => true,
  paid: (o) => o.status === 'paid',
  open: (o) => o.status === 'created' || o.status === 'paying' || o.status === 'failed',
  refunded: (o) => o.status === 'refunded',
}

/** My → Orders: every payment, filterable; each opens its result and e-receipt, and an open one can be paid. */
export default function OrdersPage() {
  const paymentText = usePaymentText()
  const orders = useListOrdersQuery()
  const [filter, setFilter] = useState('all')
  return (
    <View className='records'>
      <View className='records__chips'>
        {Object.keys(FILTERS).map((f) => (
          <View key={f} className={f === filter ? 'records__chip records__chip--active' : 'records__chip'} aria-selected={f === filter} onClick={() => setFilter(f)}>
            <Text className={f === filter ? 'records__chip-text--active' : 'records__chip-text'}>{paymentText.filters[f]}</Text>
          </View>
        ))}
      </View>
      <QueryView query={orders} empty={<Text className='records__empty'>{paymentText.noOrders}</Text>}>
        {(list) =>
          list.filter(FILTERS[filter]).map((order) => <OrderRow key={order.id} order={order} onPaid={() => void orders.refetch()} />)
        }
      </QueryView>
    </View>
  )
}
