import { server } from '@test/msw-server'
import { defineTestMiniApp } from '../kit/test-mini-app'
import { signNotification } from '../kit/provider'
import { TEST_AUTHORIZATION } from '../kit/tokens'

const call = async (method: string, path: string, headers: Record<string, string> = TEST_AUTHORIZATION, body?: unknown) => {
  const response = await fetch(`http://localhost/api/${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: await response.json().catch(() => undefined) }
}

describe('payments in the mock backend', () => {
  const shop = defineTestMiniApp('test-shop', ['payment'])
  beforeEach(() => server.use(...defineTestMiniApp(shop.id, ['payment']).handlers))
  const newOrder = async () => (await call('POST', `${shop.id}/orders`, shop.authorization)).body as { orderId: string; amountFen: number }
  const prepay = (orderId: string, key: string, headers = shop.authorization) => call('POST', `payments/${orderId}/prepay`, { ...headers, 'Idempotency-Key': key })

  it('pays an order once the provider notifies, and keeps it with a receipt', async () => {
    const order = await newOrder()
    expect((await prepay(order.orderId, 'tap-1')).body.package).toMatch(/^prepay_id=/)
    expect((await call('GET', `payments/${order.orderId}`)).body.status).toBe('paying')
    const paid = await call('POST', `sandbox/cashier/${order.orderId}/pay`)
    expect(paid.body).toMatchObject({ status: 'paid', receiptNo: expect.stringMatching(/^LN-FS-/) })
    expect((await call('GET', 'payments')).body[0]).toMatchObject({ id: order.orderId, status: 'paid' })
    // The settled payment reaches the resident's message centre, opening the order.
    expect((await call('GET', 'messages')).body[0]).toMatchObject({ kind: 'payment-result', read: false, target: { kind: 'order', id: order.orderId } })
  })

  it('gives a double tap one order and a retried prepay the same answer', async () => {
    const first = await newOrder()
    expect((await newOrder()).orderId).toBe(first.orderId)
    expect((await prepay(first.orderId, 'k')).body).toEqual((await prepay(first.orderId, 'k')).body)
  })

  it('refuses to take money twice', async () => {
    const { orderId } = await newOrder()
    await prepay(orderId, 'k1')
    await call('POST', `sandbox/cashier/${orderId}/pay`)
    expect(await prepay(orderId, 'k2')).toMatchObject({ status: 409, body: { code: 'ORDER_PAID' } })
  })

  it('needs an idempotency key', async () => {
    const { orderId } = await newOrder()
    expect(await call('POST', `payments/${orderId}/prepay`, shop.authorization)).toMatchObject({ status: 400, body: { code: 'IDEMPOTENCY_KEY_REQUIRED' } })
  })

  it('marks an order paid only on a notification the provider signed', async () => {
    const { orderId, amountFen } = await newOrder()
    const forged = { ...signNotification({ orderId, amountFen, status: 'SUCCESS', providerTxnId: 't' }), signature: '00'.repeat(32) }
    expect(await call('POST', 'payments/notify', {}, forged)).toMatchObject({ status: 401, body: { code: 'BAD_SIGNATURE' } })
    const cheaper = signNotification({ orderId, amountFen: 1, status: 'SUCCESS', providerTxnId: 't' })
    expect(await call('POST', 'payments/notify', {}, cheaper)).toMatchObject({ status: 409, body: { code: 'AMOUNT_MISMATCH' } })
    expect((await call('POST', 'payments/notify', {}, signNotification({ orderId, amountFen, status: 'SUCCESS', providerTxnId: 't' }))).body.status).toBe('paid')
  })
})
