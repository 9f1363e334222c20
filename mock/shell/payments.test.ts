import { TEST_AUTHORIZATION } from '../kit/tokens'
import { updateMockState } from '../kit/state'

const api = async (method: string, path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`http://localhost/api/${path}`, { method, headers: { ...TEST_AUTHORIZATION, ...headers } })
  return { status: response.status, body: await response.json() }
}

describe('paying a traffic fine in the mock backend', () => {
  beforeEach(() => updateMockState({ persona: 'driver' }))

  it('marks the fine paid and keeps the order with a receipt', async () => {
    const { body: order } = await api('POST', 'transport/violations/v-2026-0101/orders')
    expect(order).toEqual({ orderId: expect.any(String), amountFen: 20000 })
    const prepay = await api('POST', `payments/${order.orderId}/prepay`, { 'Idempotency-Key': 'tap-1' })
    expect(prepay.body.package).toMatch(/^prepay_id=/)
    expect((await api('GET', `payments/${order.orderId}`)).body.status).toBe('paying')
    const confirmed = await api('POST', `cashier/${order.orderId}/confirm`)
    expect(confirmed.body).toMatchObject({ status: 'paid', receiptNo: expect.stringMatching(/^LN-FS-/) })
    const violations = (await api('GET', 'transport/violations')).body as { id: string; status: string }[]
    expect(violations.find((v) => v.id === 'v-2026-0101')?.status).toBe('paid')
    expect((await api('GET', 'payments')).body[0]).toMatchObject({ id: order.orderId, status: 'paid' })
  })

  it('gives a double tap one order and a retried prepay the same answer', async () => {
    const first = await api('POST', 'transport/violations/v-2026-0101/orders')
    const second = await api('POST', 'transport/violations/v-2026-0101/orders')
    expect(second.body.orderId).toBe(first.body.orderId)
    const a = await api('POST', `payments/${first.body.orderId}/prepay`, { 'Idempotency-Key': 'k' })
    const b = await api('POST', `payments/${first.body.orderId}/prepay`, { 'Idempotency-Key': 'k' })
    expect(b.body).toEqual(a.body)
  })

  it('refuses to take money twice', async () => {
    const { body } = await api('POST', 'transport/violations/v-2026-0101/orders')
    await api('POST', `payments/${body.orderId}/prepay`, { 'Idempotency-Key': 'k1' })
    await api('POST', `cashier/${body.orderId}/confirm`)
    expect(await api('POST', `payments/${body.orderId}/prepay`, { 'Idempotency-Key': 'k2' })).toMatchObject({ status: 409, body: { code: 'ORDER_PAID' } })
    expect(await api('POST', 'transport/violations/v-2026-0101/orders')).toMatchObject({ status: 409, body: { code: 'ALREADY_PAID' } })
  })

  it('needs an idempotency key', async () => {
    const { body } = await api('POST', 'transport/violations/v-2026-0101/orders')
    expect(await api('POST', `payments/${body.orderId}/prepay`)).toMatchObject({ status: 400, body: { code: 'IDEMPOTENCY_KEY_REQUIRED' } })
  })
})
