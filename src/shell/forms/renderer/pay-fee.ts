import { useCallback } from 'react'
import Taro from '@tarojs/taro'
import { useMiniAppScope } from '../../mini-app/scope'
import { pageRoute, shellRoutes } from '../../navigation/shell-routes'
import { payOrder } from '../../payment/pay'
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

/** After a charge the H5/RN cashier stays up (usePay replaces it with a result page); the form shows the result itself. */
const leaveCashier = () => {
  const onCashier = Taro.getCurrentPages().slice(-1)[0]?.route?.includes(pageRoute(shellRoutes.cashier))
  if (onCashier) void Taro.navigateBack()
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
        const outcome = await payOrder(dispatch, scope, orderId).finally(leaveCashier)
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
