/**
 * Where the shell's own pages live, for navigation. They sit in subpackages
 * (`src/shell-packages.ts`); a test checks every route here is one of them.
 */
export const shellRoutes = {
  login: '/packages/account/pages/login/index',
  verify: '/packages/account/pages/verify/index',
  family: '/packages/account/pages/family/index',
  cashier: '/packages/payment/pages/cashier/index',
  paymentResult: '/packages/payment/pages/payment-result/index',
  orders: '/packages/payment/pages/orders/index',
  cases: '/packages/cases/pages/list/index',
  caseDetail: '/packages/cases/pages/detail/index',
  messages: '/packages/cases/pages/messages/index',
  authorizations: '/packages/privacy/pages/authorizations/index',
  privacyLog: '/packages/privacy/pages/privacy-log/index',
  wallet: '/packages/wallet/pages/list/index',
  certificate: '/packages/wallet/pages/detail/index',
  search: '/packages/catalogue/pages/search/index',
  service: '/packages/catalogue/pages/service/index',
  webview: '/packages/catalogue/pages/webview/index',
} as const

export type ShellRoute = (typeof shellRoutes)[keyof typeof shellRoutes]

/** The route as `getCurrentPages()` reports it: no leading slash, no query. */
export const pageRoute = (route: ShellRoute): string => route.slice(1)
