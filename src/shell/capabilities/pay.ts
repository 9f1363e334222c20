import { useCallback } from 'react'
import Taro from '@tarojs/taro'
import { useMiniAppScope } from '../mini-app/scope'
import { payOrder, type PaymentOutcome } from '../payment/pay'
import { useAppDispatch } from '../store/hooks'
import { auditor, requireDeclared } from './declared'

/**
 * Pays an order the mini-app's own API created, then shows the shell's
 * result page. Needs the `payment` scope (else `PermissionDeniedError`);
 * rejects with `PaymentNotStartedError` when nothing could be charged.
 */
export const usePay = () => {
  const mini = useMiniAppScope()
  const dispatch = useAppDispatch()
  return useCallback(
    async (orderId: string): Promise<PaymentOutcome> => {
      const audit = auditor(dispatch, mini.id, 'payment')
      requireDeclared(mini, 'payment', audit)
      audit('allowed')
      const outcome = await payOrder(dispatch, orderId)
      await Taro.navigateTo({ url: `/pages/payment-result/index?orderId=${encodeURIComponent(orderId)}` })
      return outcome
    },
    [dispatch, mini],
  )
}
