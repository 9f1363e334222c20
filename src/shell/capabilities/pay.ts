import { useCallback } from 'react'
import Taro from '@tarojs/taro'
import { useMiniAppScope } from '../mini-app/scope'
import { payOrder, type PaymentOutcome } from '../payment/pay'
import { cashierOnTop } from '../payment/pay-here'
import { useAppDispatch } from '../store/hooks'
import { requireDeclared } from './declared'
import { shellRoutes } from '../navigation/shell-routes'

/**
 * Pays an order the mini-app's own API created, then shows the shell's
 * result page (unless the resident cancelled). Needs the `payment` scope (else `PermissionDeniedError`);
 * rejects with `PaymentNotStartedError` when nothing could be charged.
 */
export const usePay = () => {
  const mini = useMiniAppScope()
  const dispatch = useAppDispatch()
  return useCallback(
    async (orderId: string): Promise<PaymentOutcome> => {
      requireDeclared(mini, 'payment')
      const outcome = await payOrder(dispatch, mini, orderId)
      if (outcome.kind === 'cancelled') return outcome
      const url = `${shellRoutes.paymentResult}?orderId=${encodeURIComponent(orderId)}`
      // The H5/RN cashier is still on screen: replace it in one step, since a back and a
      // forward navigation in quick succession can leave Taro's H5 router showing no page.
      await (cashierOnTop() ? Taro.redirectTo({ url }) : Taro.navigateTo({ url }))
      return outcome
    },
    [dispatch, mini],
  )
}
