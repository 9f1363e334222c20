import type { ApiError } from '../api/errors'

/** The payment could not even start (prepay refused or unreachable); nothing was charged. */
export class PaymentNotStartedError extends Error {
  constructor(
    /** The order that was not paid. */
    readonly orderId: string,
    /** Why the payment could not start. */
    readonly cause: ApiError,
  ) {
    super(`Payment of order ${orderId} could not start`)
    this.name = 'PaymentNotStartedError'
  }
}
