import { ORDER_STATUSES, canTransition, isSettled, transition, IllegalTransitionError, type OrderStatus } from './order-states'

const LEGAL: [OrderStatus, OrderStatus][] = [
  ['created', 'paying'],
  ['created', 'cancelled'],
  ['created', 'closed'],
  ['paying', 'paid'],
  ['paying', 'failed'],
  ['paying', 'closed'],
  ['paying', 'cancelled'],
  ['failed', 'paying'],
  ['failed', 'closed'],
  ['failed', 'cancelled'],
  ['paid', 'refunded'],
]

describe('order status transitions', () => {
  it.each(LEGAL)('allows %s → %s', (from, to) => {
    expect(transition(from, to)).toBe(to)
  })

  const illegal = ORDER_STATUSES.flatMap((from) => ORDER_STATUSES.map((to) => [from, to] as [OrderStatus, OrderStatus])).filter(
    ([from, to]) => from !== to && !LEGAL.some(([f, t]) => f === from && t === to),
  )

  it('rejects every other change of status', () => {
    expect(illegal.length).toBe(ORDER_STATUSES.length * (ORDER_STATUSES.length - 1) - LEGAL.length)
    for (const [from, to] of illegal) {
      expect(canTransition(from, to)).toBe(false)
      expect(() => transition(from, to)).toThrow(IllegalTransitionError)
    }
  })

  it('knows when a payment has an answer', () => {
    expect(ORDER_STATUSES.filter(isSettled).sort()).toEqual(['cancelled', 'closed', 'failed', 'paid', 'refunded'])
  })
})
