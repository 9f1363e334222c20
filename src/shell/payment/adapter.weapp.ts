import Taro from '@tarojs/taro'
import type { PaymentAdapter } from './adapter-types'

export type { AdapterResult, PaymentAdapter } from './adapter-types'

/** The mini-program has no cashier page to report from. */
export const reportCashierResult = (): void => undefined

/** wx.requestPayment with the server's parameters: the client never signs anything. */
export const platformPay: PaymentAdapter = async ({ timeStamp, nonceStr, package: pkg, signType, paySign }) => {
  try {
    await Taro.requestPayment({ timeStamp, nonceStr, package: pkg, signType: signType as 'RSA', paySign })
    return 'completed'
  } catch (e: unknown) {
    return /cancel/i.test(String((e as { errMsg?: string })?.errMsg ?? e)) ? 'cancelled' : 'failed'
  }
}
