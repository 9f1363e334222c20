import { useCallback, useMemo } from 'react'
import { useCatalogue } from '../catalogue/catalogue-api'
import { useAppDispatch } from '../store/hooks'
import type { Payer } from './pay'
import { payHere } from './pay-here'
import { PaymentNotStartedError } from './payment-errors'

/**
 * For shell pages that pay an order outside its service (a case's unpaid fee,
 * an open order in 我的订单): pays as the service that owns it, found in the
 * catalogue, with its token and declared scopes, so the server checks
 * ownership as it would inside the service. `payer` is undefined until the
 * catalogue names the service; `pay` resolves false when nothing could be
 * charged (the payment did not start), true once the cashier has answered.
 */
export const usePayAsService = (serviceId: string): { payer?: Payer; pay(orderId: string): Promise<boolean> } => {
  const dispatch = useAppDispatch()
  const { data: catalogue } = useCatalogue()
  const service = catalogue?.find((e) => e.id === serviceId)
  const payer = useMemo((): Payer | undefined => service && { id: service.id, permissions: service.permissions }, [service])
  const pay = useCallback(
    async (orderId: string): Promise<boolean> => {
      if (!payer) return false
      try {
        await payHere(dispatch, payer, orderId)
        return true
      } catch (error) {
        if (error instanceof PaymentNotStartedError) return false
        throw error
      }
    },
    [dispatch, payer],
  )
  return { payer, pay }
}
