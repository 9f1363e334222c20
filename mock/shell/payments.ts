import { http, HttpResponse } from 'msw'
import { miniAppOf } from '../kit/guard'
import { markPaid, ordersStore, type Order, type PrepayParams } from '../kit/orders'
import { notificationVerified, signNotification } from '../kit/provider'
import { apiError, notFound, readJson } from '../kit/responses'
import { recordAudit } from './audit'
import { notifyResident } from './messages'

const findOrder = (id: unknown): Order | undefined => ordersStore.data.orders.find((o) => o.id === id)

const CLOSED: Partial<Record<Order['status'], [string, string]>> = {
  paid: ['ORDER_PAID', '该订单已支付，请勿重复支付'],
  cancelled: ['ORDER_CANCELLED', '该订单已取消'],
  closed: ['ORDER_CLOSED', '该订单已超时关闭，请重新下单'],
  refunded: ['ORDER_REFUNDED', '该订单已退款'],
}

const prepayParams = (order: Order, key: string): PrepayParams => ({
  orderId: order.id,
  timeStamp: String(Math.floor(Date.parse(order.createdAt) / 1000)),
  nonceStr: `${order.id}-${key}`.slice(-32),
  package: `prepay_id=wx${order.id.replace(/[^a-z0-9]/gi, '')}`,
  signType: 'RSA',
  paySign: 'MOCK-SERVER-SIGNATURE',
  cashierUrl: `/cashier?orderId=${encodeURIComponent(order.id)}`,
})

/** What the server does with the provider's signed answer: the only way an order becomes paid. */
const applyNotification = (body: unknown) => {
  const n = (body ?? {}) as Record<string, unknown>
  if (!notificationVerified(n)) return apiError(401, 'BAD_SIGNATURE', '支付通知签名无效')
  const order = findOrder(n.orderId)
  if (!order) return notFound('订单不存在')
  if (n.amountFen !== order.amountFen) return apiError(409, 'AMOUNT_MISMATCH', '支付金额与订单不符')
  if (order.status === 'paid') return HttpResponse.json(order)
  const closed = CLOSED[order.status]
  if (closed) return apiError(409, closed[0], closed[1])
  if (n.status === 'FAIL') {
    order.status = 'failed'
    order.failureReason = '支付未成功'
    notifyResident({ kind: 'payment-result', title: '缴款未成功', body: `${order.title}：支付未成功，可重新支付。`, target: { kind: 'order', id: order.id } })
    return HttpResponse.json(order)
  }
  const paid = markPaid(order)
  notifyResident({ kind: 'payment-result', title: '缴款成功', body: `${order.title}已缴纳，票据号 ${paid.receiptNo ?? ''}。`, target: { kind: 'order', id: order.id } })
  return HttpResponse.json(paid)
}

/**
 * Payments as a real backend runs them. An order belongs to the mini-app
 * whose API created it; prepay takes that mini-app's token and its declared
 * `payment` scope; the same Idempotency-Key always gets the same answer; and
 * only the provider's signed notification marks an order paid.
 */
export const paymentHandlers = [
  http.get('*/api/payments', () => HttpResponse.json(ordersStore.data.orders)),
  http.post('*/api/payments/notify', async ({ request }) => applyNotification(await readJson(request))),
  http.get('*/api/payments/:orderId', ({ params }) => {
    const order = findOrder(params.orderId)
    return order ? HttpResponse.json(order) : notFound('订单不存在')
  }),
  http.post('*/api/payments/:orderId/prepay', ({ params, request }) => {
    const token = miniAppOf(request)!
    const key = request.headers.get('Idempotency-Key')
    if (!key) return apiError(400, 'IDEMPOTENCY_KEY_REQUIRED', '缺少幂等键')
    if (!token.scopes.includes('payment')) {
      recordAudit({ miniAppId: token.app, capability: 'payment', outcome: 'denied', reason: 'undeclared' })
      return apiError(403, 'PAYMENT_SCOPE_REQUIRED', '该服务未声明支付权限')
    }
    const order = findOrder(params.orderId)
    // Another mini-app's order does not exist as far as this one is concerned.
    if (!order || order.scenarioId !== token.app) return notFound('订单不存在')
    const earlier = ordersStore.data.prepaidByKey[key]
    if (earlier) return HttpResponse.json(earlier)
    const closed = CLOSED[order.status]
    if (closed) return apiError(409, closed[0], closed[1])
    order.status = 'paying'
    const params_ = prepayParams(order, key)
    ordersStore.data.prepaidByKey[key] = params_
    recordAudit({ miniAppId: token.app, capability: 'payment', outcome: 'allowed' })
    return HttpResponse.json(params_)
  }),
  // The provider's cashier for H5 and RN: the resident, signed in, confirms; the provider then notifies the server.
  http.post('*/api/sandbox/cashier/:orderId/pay', ({ params }) => {
    const order = findOrder(params.orderId)
    if (!order) return notFound('订单不存在')
    return applyNotification(signNotification({ orderId: order.id, amountFen: order.amountFen, status: 'SUCCESS', providerTxnId: `txn-${order.id}` }))
  }),
]
