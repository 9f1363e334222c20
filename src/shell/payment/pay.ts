import type { ApiError } from '../api/errors'
import type { AppDispatch } from '../store/store'
import { platformPay, type PaymentAdapter } from './adapter'
import { isSettled } from './order-states'
import { paymentEndpoints, type Order } from './payment-api'
import { pendingPayments } from './pending'

/** Where a payment ended, as the server says: settled (paid, failed, …) or still being confirmed. */
export type PaymentOutcome = { kind: 'settled'; order: Order } | { kind: 'pending'; orderId: string }

/** The payment could not even start (prepay refused or unreachable); nothing was charged. */
export class PaymentNotStartedError extends Error {
  constructor(
    readonly orderId: string,
    readonly cause: ApiError,
  ) {
    super(`Payment of order ${orderId} could not start`)
    this.name = 'PaymentNotStartedError'
  }
}

export interface PayOptions {
  adapter?: PaymentAdapter
  pollIntervalMs?: number
  maxPolls?: number
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const fetchOrder = (dispatch: AppDispatch, orderId: string) =>
  dispatch(paymentEndpoints.getOrder.initiate(orderId, { subscribe: false, forceRefetch: true })).unwrap()

/** Asks the server until the order has an answer; a payment still unconfirmed stays pending. */
export const pollOrder = async (dispatch: AppDispatch, orderId: string, { pollIntervalMs = 1000, maxPolls = 10 }: PayOptions = {}) => {
  for (let attempt = 0; attempt < maxPolls; attempt += 1) {
    const order = await fetchOrder(dispatch, orderId).catch(() => undefined)
    if (order && isSettled(order.status)) {
      pendingPayments.settle(orderId)
      return { kind: 'settled', order } as const
    }
    await wait(pollIntervalMs)
  }
  return { kind: 'pending', orderId } as const
}

const inFlight = new Map<string, Promise<PaymentOutcome>>()

/**
 * Pays an order the mini-app's own API created. A second tap joins the
 * first; a retry reuses the same idempotency key; the platform's answer is
 * never trusted — only the server's order status is.
 */
export const payOrder = (dispatch: AppDispatch, orderId: string, options: PayOptions = {}): Promise<PaymentOutcome> => {
  const running = inFlight.get(orderId)
  if (running) return running
  const run = (async () => {
    const { idempotencyKey } = pendingPayments.start(orderId)
    const prepay = await dispatch(paymentEndpoints.prepay.initiate({ orderId, idempotencyKey }))
    if ('error' in prepay) {
      const settled = await fetchOrder(dispatch, orderId).catch(() => undefined)
      if (settled && isSettled(settled.status)) {
        pendingPayments.settle(orderId)
        return { kind: 'settled', order: settled } as const
      }
      throw new PaymentNotStartedError(orderId, prepay.error as ApiError)
    }
    await (options.adapter ?? platformPay)(prepay.data)
    return pollOrder(dispatch, orderId, options)
  })().finally(() => inFlight.delete(orderId))
  inFlight.set(orderId, run)
  return run
}

/** At launch or resume: what became of payments the app was closed in the middle of. */
export const reconcilePendingPayments = async (dispatch: AppDispatch, options: PayOptions = { maxPolls: 1 }): Promise<PaymentOutcome[]> =>
  Promise.all(pendingPayments.all().map((record) => pollOrder(dispatch, record.orderId, options)))
