import { reconcilePendingPayments } from './pay'

/**
 * The payment code that settles payments cut off last time. Bundled on WeChat
 * and React Native; H5 fetches it only when a payment is pending
 * (load-reconciler.h5.ts), so the first load of most residents skips it.
 */
export const loadReconciler = async (): Promise<typeof reconcilePendingPayments> => reconcilePendingPayments
