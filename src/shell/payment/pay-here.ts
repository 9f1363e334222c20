import Taro from '@tarojs/taro'
import { pageRoute, shellRoutes } from '../navigation/shell-routes'
import type { AppDispatch } from '../store/store'
import { payOrder, type Payer, type PaymentOutcome } from './pay'

/** Whether the H5/RN cashier page is on top, as it stays after a charge until the payer leaves it. */
export const cashierOnTop = (): boolean => !!Taro.getCurrentPages().slice(-1)[0]?.route?.includes(pageRoute(shellRoutes.cashier))

/** After a charge the cashier stays up (usePay replaces it with a result page); a page paying for itself comes back to it. */
const leaveCashier = () => {
  if (cashierOnTop()) void Taro.navigateBack()
}

/**
 * Pays an order and comes back to the page that asked, which shows the
 * outcome itself (a form's fee, a case's unpaid fee) rather than the shell's
 * result page. The same rules as payOrder: only the server's status counts.
 */
export const payHere = (dispatch: AppDispatch, payer: Payer, orderId: string): Promise<PaymentOutcome> =>
  payOrder(dispatch, payer, orderId).finally(leaveCashier)
