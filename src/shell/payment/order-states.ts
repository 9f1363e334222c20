import type { components } from '../../generated/api/shell'

export type OrderStatus = components['schemas']['OrderStatus']

/**
 * Which status may follow which. The server is the source of truth; the
 * client uses this to refuse to show an impossible story (e.g. a refunded
 * order becoming paid again) and to know when to stop polling.
 */
const NEXT: Record<OrderStatus, readonly OrderStatus[]> = {
  created: ['paying', 'cancelled', 'closed'],
  paying: ['paid', 'failed', 'closed', 'cancelled'],
  failed: ['paying', 'closed', 'cancelled'],
  paid: ['refunded'],
  cancelled: [],
  closed: [],
  refunded: [],
}

export const ORDER_STATUSES = Object.keys(NEXT) as OrderStatus[]

/** A payment has an answer: the resident can be told the outcome. */
export const isSettled = (status: OrderStatus): boolean => status !== 'created' && status !== 'paying'

export class IllegalTransitionError extends Error {
  constructor(
    readonly from: OrderStatus,
    readonly to: OrderStatus,
  ) {
    super(`An order cannot go from ${from} to ${to}`)
    this.name = 'IllegalTransitionError'
  }
}

export const canTransition = (from: OrderStatus, to: OrderStatus): boolean => from === to || NEXT[from].includes(to)

export const transition = (from: OrderStatus, to: OrderStatus): OrderStatus => {
  if (!canTransition(from, to)) throw new IllegalTransitionError(from, to)
  return to
}
