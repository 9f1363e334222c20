import { platform } from '../platform/platform'

/** A payment started on this device whose outcome the resident has not been told yet. */
export interface PendingPayment {
  orderId: string
  /** Reused by every retry of this order, so the server answers with the same prepay. */
  idempotencyKey: string
  startedAt: string
}

const KEY = 'shell.payments.pending'

const read = (): PendingPayment[] => {
  const stored = platform.getStorageSync(KEY) as PendingPayment[] | ''
  return Array.isArray(stored) ? stored : []
}

/** Written before anything is charged, so a crash mid-payment leaves a record to reconcile. */
export const pendingPayments = {
  all: read,
  find: (orderId: string): PendingPayment | undefined => read().find((p) => p.orderId === orderId),
  start(orderId: string): PendingPayment {
    const existing = this.find(orderId)
    if (existing) return existing
    const record = { orderId, idempotencyKey: `${orderId}.${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 8)}`, startedAt: new Date().toISOString() }
    platform.setStorageSync(KEY, [...read(), record])
    return record
  },
  settle(orderId: string): void {
    platform.setStorageSync(KEY, read().filter((p) => p.orderId !== orderId))
  },
}
