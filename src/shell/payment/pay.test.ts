import { http, HttpResponse } from 'msw'
import { server } from '@test/msw-server'
import { ordersStore } from '../../../mock/kit/orders'
import { defineTestMiniApp } from '../../../mock/kit/test-mini-app'
import { TEST_AUTHORIZATION } from '../../../mock/kit/tokens'
import { makeStore } from '../store/store'
import type { PaymentAdapter } from './adapter'
import { PaymentNotStartedError, payOrder, reconcilePendingPayments } from './pay'
import { pendingPayments } from './pending'

const api = async (method: string, path: string) => (await fetch(`http://localhost/api/${path}`, { method, headers: TEST_AUTHORIZATION })).json()
const FAST = { pollIntervalMs: 5, maxPolls: 5 }

/** What the H5 cashier page does when the resident confirms: the provider charges and notifies the server. */
const charge = (id: string) => api('POST', `sandbox/cashier/${id}/pay`)
const confirmingAdapter: PaymentAdapter = async ({ orderId }) => {
  await charge(orderId)
  return 'completed'
}

/** Counts the charges the provider really makes and the prepay requests the shell sends. */
const countTraffic = () => {
  const counts = { prepay: 0, charges: 0 }
  server.events.on('request:start', ({ request }) => {
    if (/\/prepay$/.test(request.url)) counts.prepay += 1
    if (/\/sandbox\/cashier\/.+\/pay$/.test(request.url)) counts.charges += 1
  })
  return counts
}

/** The shop that sells in these tests: a fixture mini-app with the payment scope, so no shipped mini-app is needed. */
const SHOP = { id: 'test-shop', permissions: [{ scope: 'payment' as const, reason: { 'zh-CN': '收款', en: 'To take payments' } }] }
let orderId: string
beforeEach(async () => {
  const shop = defineTestMiniApp(SHOP.id, ['payment'])
  server.use(...shop.handlers)
  const created = await fetch(`http://localhost/api/${SHOP.id}/orders`, { method: 'POST', headers: { ...shop.authorization, 'content-type': 'application/json' }, body: JSON.stringify({ reference: 'fine-1', amountFen: 20000 }) })
  orderId = ((await created.json()) as { orderId: string }).orderId
})
afterEach(() => server.events.removeAllListeners())

describe('paying an order', () => {
  it('charges once for a double tap, and tells the server’s answer', async () => {
    const store = makeStore()
    const traffic = countTraffic()
    const [first, second] = await Promise.all([payOrder(store.dispatch, SHOP, orderId, { ...FAST, adapter: confirmingAdapter }), payOrder(store.dispatch, SHOP, orderId, { ...FAST, adapter: confirmingAdapter })])
    expect(second).toBe(first)
    expect(first).toMatchObject({ kind: 'settled', order: { status: 'paid', receiptNo: expect.stringMatching(/^LN-FS-/) } })
    expect(traffic).toEqual({ prepay: 1, charges: 1 })
    expect(pendingPayments.find(orderId)).toBeUndefined()
  })

  it('reports a 500 on prepay as not started, charges nothing, and a retry uses the same key', async () => {
    server.use(http.post('*/api/payments/:id/prepay', () => HttpResponse.json({ code: 'INJECTED_FAULT', message: '模拟故障' }, { status: 500 }), { once: true }))
    const store = makeStore()
    const traffic = countTraffic()
    await expect(payOrder(store.dispatch, SHOP, orderId, { ...FAST, adapter: confirmingAdapter })).rejects.toBeInstanceOf(PaymentNotStartedError)
    expect((await api('GET', `payments/${orderId}`)).status).toBe('created')
    const key = pendingPayments.find(orderId)?.idempotencyKey
    const retried = await payOrder(store.dispatch, SHOP, orderId, { ...FAST, adapter: confirmingAdapter })
    expect(retried).toMatchObject({ kind: 'settled', order: { status: 'paid' } })
    expect(traffic.charges).toBe(1)
    expect(key).toBeDefined()
  })

  it('keeps asking the server after the adapter succeeded but the answer timed out', async () => {
    server.use(http.get('*/api/payments/:id', () => HttpResponse.error(), { once: true }))
    const outcome = await payOrder(makeStore().dispatch, SHOP, orderId, { ...FAST, adapter: confirmingAdapter })
    expect(outcome).toMatchObject({ kind: 'settled', order: { status: 'paid' } })
  })

  it('believes the server, not the client: a "success" the server calls failed is a failure', async () => {
    const liar: PaymentAdapter = async () => 'completed'
    server.use(
      http.get('*/api/payments/:id', ({ params }) => {
        const order = ordersStore.data.orders.find((o) => o.id === params.id)
        return HttpResponse.json({ ...order, status: 'failed', failureReason: '余额不足' })
      }),
    )
    const outcome = await payOrder(makeStore().dispatch, SHOP, orderId, { ...FAST, adapter: liar })
    expect(outcome).toMatchObject({ kind: 'settled', order: { status: 'failed', failureReason: '余额不足' } })
  })

  it('survives being killed between prepay and the result: the next launch tells the outcome', async () => {
    const traffic = countTraffic()
    const killedMidway: PaymentAdapter = async ({ orderId: id }) => {
      await charge(id)
      return new Promise<never>(() => undefined) // the app is gone before the result arrives
    }
    void payOrder(makeStore().dispatch, SHOP, orderId, { ...FAST, adapter: killedMidway })
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(pendingPayments.find(orderId)).toBeDefined()

    const relaunched = makeStore()
    const outcomes = await reconcilePendingPayments(relaunched.dispatch)
    expect(outcomes).toEqual([expect.objectContaining({ kind: 'settled', order: expect.objectContaining({ id: orderId, status: 'paid' }) })])
    expect(pendingPayments.all()).toEqual([])
    expect(traffic.charges).toBe(1)
  })
})

describe('telling the resident at the next launch or resume', () => {
  it('announces each settled payment once, however many triggers ask together', async () => {
    const showToast = jest.spyOn((await import('@tarojs/taro')).default, 'showToast')
    void payOrder(makeStore().dispatch, SHOP, orderId, { ...FAST, adapter: async ({ orderId: id }) => { await charge(id); return new Promise<never>(() => undefined) } })
    await new Promise((resolve) => setTimeout(resolve, 100))
    const { announceReconciledPayments } = await import('./use-reconcile')
    const store = makeStore({ session: { signedIn: true, privacyAccepted: true } })
    await Promise.all([announceReconciledPayments(store), announceReconciledPayments(store)])
    expect(showToast).toHaveBeenCalledTimes(1)
    expect(showToast.mock.calls[0][0]).toMatchObject({ title: 'test-shop fine-1：已支付' })
  })

  it('asks nothing and loads no payment code when no payment was cut off (the usual launch)', async () => {
    const requests: string[] = []
    server.events.on('request:start', ({ request }) => void requests.push(request.url))
    const loadReconciler = jest.fn(async () => reconcilePendingPayments)
    let announce: typeof import('./use-reconcile').announceReconciledPayments = async () => undefined
    let pending = pendingPayments // replaced by the isolated module's, whose storage use-reconcile reads
    jest.isolateModules(() => {
      jest.doMock('./load-reconciler', () => ({ loadReconciler }))
      announce = (jest.requireActual('./use-reconcile') as typeof import('./use-reconcile')).announceReconciledPayments
      pending = (jest.requireActual('./pending') as typeof import('./pending')).pendingPayments
    })
    const store = makeStore({ session: { signedIn: true, privacyAccepted: true } })
    await announce(store)
    expect(loadReconciler).not.toHaveBeenCalled()
    expect(requests).toEqual([])

    // The same launch with a payment cut off does load it.
    pending.start(orderId)
    await announce(store)
    expect(loadReconciler).toHaveBeenCalledTimes(1)
  })
})

describe('a resident who cancels in the cashier', () => {
  it('is told nothing was settled, and nothing was charged', async () => {
    const traffic = countTraffic()
    const outcome = await payOrder(makeStore().dispatch, SHOP, orderId, { ...FAST, adapter: async () => 'cancelled' })
    expect(outcome).toEqual({ kind: 'cancelled', orderId })
    expect(traffic.charges).toBe(0)
  })
})
