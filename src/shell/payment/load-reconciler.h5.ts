import type { reconcilePendingPayments } from './pay'

/** H5: the payment code arrives as a chunk, and only when a payment is pending (see load-reconciler.ts). */
export const loadReconciler = async (): Promise<typeof reconcilePendingPayments> =>
  (await import(/* webpackChunkName: "payment" */ './pay')).reconcilePendingPayments
