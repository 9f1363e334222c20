import { waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { TEST_AUTHORIZATION } from '../../mock/kit/tokens'
import { reportCashierResult } from '../../src/shell/payment/adapter'
import { currentRoute } from '../sdk-testing/personas'

/**
 * The H5/RN cashier in Jest, where its page is not rendered: a test plays the
 * resident at the provider's cashier (the mock's sandbox) the way the
 * cashier page does it, then checks what the paying page shows.
 */

/** Resolves once the payment shell has opened its cashier. */
export const cashierOpened = () => waitFor(() => expect(currentRoute()).toContain('pages/cashier/index'))

/** Pays in the sandbox, as 确认支付 does: charge, then report back to the waiting payment. */
export const payInSandboxCashier = async (orderId: string): Promise<void> => {
  const charged = await fetch(`http://localhost/api/sandbox/cashier/${encodeURIComponent(orderId)}/pay`, { method: 'POST', headers: TEST_AUTHORIZATION })
  expect(charged.status).toBe(200)
  reportCashierResult(orderId, 'completed')
}

/** Leaves without paying, as 取消支付 does: report, then go back. */
export const cancelInSandboxCashier = async (orderId: string): Promise<void> => {
  reportCashierResult(orderId, 'cancelled')
  await Taro.navigateBack()
}
