import { useCallback } from 'react'
import { useMiniAppScope } from '../../mini-app/scope'
import { payHere } from '../../payment/pay-here'
import { PaymentNotStartedError } from '../../payment/payment-errors'
import { useAppDispatch } from '../../store/hooks'

/** Where a submitted application's fee stands, as the server's order says. */
export type FeeOutcome = { kind: 'paid'; receiptNo: string } | { kind: 'pending' } | { kind: 'unpaid' }

/** A submitted application's fee: the order the server opened for it, and how paying it went. */
export interface FeeDue {
  orderId: string
  amountFen: number
  outcome: FeeOutcome
}

/**
 * Pays the fee the server opened an order for, through the payment shell and
 * as the scenario (its token, its declared `payment` scope), so the server
 * checks the scenario owns the order. Only the server's order status counts;
 * a cancel or a payment that could not start leaves it unpaid, to retry.
 */
export const usePayFee = () => {
  const scope = useMiniAppScope()
  const dispatch = useAppDispatch()
  return useCallback(
    async (orderId: string): Promise<FeeOutcome> => {
      try {
        const outcome = await payHere(dispatch, scope, orderId)
        if (outcome.kind === 'pending') return { kind: 'pending' }
        if (outcome.kind === 'settled' && outcome.order.status === 'paid') return { kind: 'paid', receiptNo: outcome.order.receiptNo ?? '' }
        return { kind: 'unpaid' }
      } catch (error) {
        if (error instanceof PaymentNotStartedError) return { kind: 'unpaid' }
        throw error
      }
    },
    [dispatch, scope],
  )
}
