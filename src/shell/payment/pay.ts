import type { ApiError } from '../api/errors'
import { requestAsMiniApp } from '../mini-app/mini-app-request'
import type { MiniAppScope } from '../mini-app/scope'
import type { AppDispatch } from '../store/store'
import { platformPay, type PaymentAdapter } from './adapter'
import { isSettled } from './order-states'
import { paymentEndpoints, type Order, type PrepayParams } from './payment-api'
import { PaymentNotStartedError } from './payment-errors'
import { pendingPayments } from './pending'

export { PaymentNotStartedError }

/**
 * Where a payment ended, as the server says: settled (paid, failed, …), still
 * being confirmed, or cancelled by the resident with nothing settled.
 */
export type PaymentOutcome = { kind: 'settled'; order: Order } | { kind: 'pending'; orderId: string } | { kind: 'cancelled'; orderId: string }

export interface PayOptions {
  adapter?: PaymentAdapter
  pollIntervalMs?: number
  maxPolls?: number
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const fetchOrder = (dispatch: AppDispatch, orderId: string) =>
  dispatch(paymentEndpoints.getOrder.initiate(orderId, { subscribe: false, forceRefetch: true })).unwrap()

/** The server's answer if the order has one (and the pending record is then done with). */
const settledOrder = async (dispatch: AppDispatch, orderId: string): Promise<PaymentOutcome | undefined> => {
  const order = await fetchOrder(dispatch, orderId).catch(() => undefined)
  if (!order || !isSettled(order.status)) return undefined
  pendingPayments.settle(orderId)
  return { kind: 'settled', order }
}

/** Asks the server until the order has an answer; a payment still unconfirmed stays pending. */
export const pollOrder = async (dispatch: AppDispatch, orderId: string, { pollIntervalMs = 1000, maxPolls = 10 }: PayOptions = {}): Promise<PaymentOutcome> => {
  for (let attempt = 1; attempt <= maxPolls; attempt += 1) {
    const settled = await settledOrder(dispatch, orderId)
    if (settled) return settled
    if (attempt < maxPolls) await wait(pollIntervalMs)
  }
  return { kind: 'pending', orderId }
}

const inFlight = new Map<string, Promise<PaymentOutcome>>()

/** The mini-app on whose behalf an order is paid: prepay goes with its token, so the server checks it owns the order and may take payments. */
export type Payer = Pick<MiniAppScope, 'id' | 'permissions'>

/**
 * Pays an order the mini-app's own API created. A second tap joins the
 * first; a retry reuses the same idempotency key; the platform's answer is
 * never trusted — only the server's order status is.
 */
export const payOrder = (dispatch: AppDispatch, payer: Payer, orderId: string, options: PayOptions = {}): Promise<PaymentOutcome> => {
  const running = inFlight.get(orderId)
  if (running) return running
  const run = (async () => {
    const { idempotencyKey } = pendingPayments.start(orderId)
    const prepay = await requestAsMiniApp<PrepayParams>(payer, {
      url: `/payments/${encodeURIComponent(orderId)}/prepay`,
      method: 'POST',
      headers: { 'Idempotency-Key': idempotencyKey },
    })
    if ('error' in prepay) {
      // A refused prepay may be for an order already paid elsewhere: that is an answer, not a failure.
      const settled = await settledOrder(dispatch, orderId)
      if (settled) return settled
      throw new PaymentNotStartedError(orderId, prepay.error as ApiError)
    }
    const said = await (options.adapter ?? platformPay)(prepay.data)
    // A cancel is still checked once with the server: only it knows whether money moved.
    if (said === 'cancelled') return (await settledOrder(dispatch, orderId)) ?? { kind: 'cancelled', orderId }
    return pollOrder(dispatch, orderId, options)
  })().finally(() => inFlight.delete(orderId))
  inFlight.set(orderId, run)
  return run
}

/** At launch or resume: what became of payments the app was closed in the middle of. */
export const reconcilePendingPayments = async (dispatch: AppDispatch, options: PayOptions = { maxPolls: 1 }): Promise<PaymentOutcome[]> =>
  Promise.all(pendingPayments.all().map((record) => pollOrder(dispatch, record.orderId, options)))
