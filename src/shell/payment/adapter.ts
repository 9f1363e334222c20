import Taro from '@tarojs/taro'
import type { PrepayParams } from './payment-api'

/** What the platform said about the payment. The shell never trusts it: it asks the server next. */
export type AdapterResult = 'completed' | 'cancelled' | 'failed'
export type PaymentAdapter = (params: PrepayParams) => Promise<AdapterResult>

const waiting = new Map<string, (result: AdapterResult) => void>()

/** The cashier page reports here, then goes back to where the payment started. */
export const reportCashierResult = (orderId: string, result: AdapterResult): void => {
  waiting.get(orderId)?.(result)
  waiting.delete(orderId)
}

/**
 * H5 and RN: the provider's cashier page (the mock backend's sandbox here).
 * weapp uses adapter.weapp.ts (Taro picks files by target suffix).
 */
export const platformPay: PaymentAdapter = (params) =>
  new Promise((resolve) => {
    waiting.set(params.orderId, resolve)
    void Taro.navigateTo({ url: `/pages/cashier/index?orderId=${encodeURIComponent(params.orderId)}` })
  })
