import { http, HttpResponse } from 'msw'
import { markPaid, ordersStore, type Order, type PrepayParams } from '../kit/orders'
import { apiError, notFound } from '../kit/responses'

const findOrder = (id: unknown): Order | undefined => ordersStore.data.orders.find((o) => o.id === id)

const CLOSED: Partial<Record<Order['status'], [string, string]>> = {
  paid: ['ORDER_PAID', '该订单已支付，请勿重复支付'],
  cancelled: ['ORDER_CANCELLED', '该订单已取消'],
  closed: ['ORDER_CLOSED', '该订单已超时关闭，请重新下单'],
  refunded: ['ORDER_REFUNDED', '该订单已退款'],
}

/**
 * Payments as a real backend would run them: the server creates prepay
 * parameters (the client never signs), the same Idempotency-Key always gets
 * the same answer, and only the provider's confirmation marks an order paid.
 */
export const paymentHandlers = [
  http.get('*/api/payments', () => HttpResponse.json(ordersStore.data.orders)),
  http.get('*/api/payments/:orderId', ({ params }) => {
    const order = findOrder(params.orderId)
    return order ? HttpResponse.json(order) : notFound('订单不存在')
  }),
  http.post('*/api/payments/:orderId/prepay', ({ params, request }) => {
    const key = request.headers.get('Idempotency-Key')
    if (!key) return apiError(400, 'IDEMPOTENCY_KEY_REQUIRED', '缺少幂等键')
    const order = findOrder(params.orderId)
    if (!order) return notFound('订单不存在')
    const earlier = ordersStore.data.prepaidByKey[key]
    if (earlier) return HttpResponse.json(earlier)
    const closed = CLOSED[order.status]
    if (closed) return apiError(409, closed[0], closed[1])
    order.status = 'paying'
    const params_: PrepayParams = {
      orderId: order.id,
      timeStamp: String(Math.floor(Date.parse(order.createdAt) / 1000)),
      nonceStr: `${order.id}-${key}`.slice(-32),
      package: `prepay_id=wx${order.id.replace(/[^a-z0-9]/gi, '')}`,
      signType: 'RSA',
      paySign: 'MOCK-SERVER-SIGNATURE',
      cashierUrl: `/cashier?orderId=${encodeURIComponent(order.id)}`,
    }
    ordersStore.data.prepaidByKey[key] = params_
    return HttpResponse.json(params_)
  }),
  http.post('*/api/cashier/:orderId/confirm', ({ params }) => {
    const order = findOrder(params.orderId)
    if (!order) return notFound('订单不存在')
    if (order.status === 'paid') return HttpResponse.json(order)
    const closed = CLOSED[order.status]
    if (closed) return apiError(409, closed[0], closed[1])
    return HttpResponse.json(markPaid(order))
  }),
]
