import Taro from '@tarojs/taro'
import { pageRoute, shellRoutes } from '../navigation/shell-routes'
import type { AppDispatch } from '../store/store'
import { payOrder, type Payer, type PaymentOutcome } from './pay'

/** After a charge the H5/RN cashier stays up (usePay replaces it with a result page); a page paying for itself comes back to it. */
const leaveCashier = () => {
  const onCashier = Taro.getCurrentPages().slice(-1)[0]?.route?.includes(pageRoute(shellRoutes.cashier))
  if (onCashier) void Taro.navigateBack()
}

/**
 * Pays an order and comes back to the page that asked, which shows the
 * outcome itself (a form's fee, a case's unpaid fee) rather than the shell's
 * result page. The same rules as payOrder: only the server's status counts.
 */
export const payHere = (dispatch: AppDispatch, payer: Payer, orderId: string): Promise<PaymentOutcome> =>
  payOrder(dispatch, payer, orderId).finally(leaveCashier)
