import Taro from '@tarojs/taro'
import { shellRoutes } from '../navigation/shell-routes'
import type { MessageTarget } from './messages-api'

/**
 * Opens what a message is about: a case on its page, an order among the
 * resident's orders, a certificate in the wallet. `none` has nothing, so it
 * stays on the message. Returns whether it navigated.
 */
export const openMessageTarget = (target: MessageTarget): boolean => {
  switch (target.kind) {
    case 'case':
      void Taro.navigateTo({ url: `${shellRoutes.caseDetail}?id=${encodeURIComponent(target.id)}` })
      return true
    case 'order':
      void Taro.navigateTo({ url: shellRoutes.orders })
      return true
    case 'certificate':
      void Taro.navigateTo({ url: `${shellRoutes.certificate}?type=${encodeURIComponent(target.type)}` })
      return true
    case 'none':
      return false
  }
}
