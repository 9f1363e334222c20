import Taro from '@tarojs/taro'
import type { AdapterResult, PaymentAdapter } from './adapter-types'
import { shellRoutes } from '../navigation/shell-routes'

export type { AdapterResult, PaymentAdapter } from './adapter-types'

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
    void Taro.navigateTo({ url: `${shellRoutes.cashier}?orderId=${encodeURIComponent(params.orderId)}` })
  })
