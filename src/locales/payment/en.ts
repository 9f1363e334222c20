import type { PaymentText } from './zh-CN'

export const paymentEn: PaymentText = {
  cashier: 'Checkout',
  pay: 'Pay',
  cancel: 'Cancel',
  result: 'Payment result',
  paid: 'Paid',
  failed: 'Payment failed',
  pending: 'Confirming your payment',
  pendingHint: 'Please do not pay again; we will tell you the outcome',
  closed: 'Order closed',
  refunded: 'Refunded',
  cancelled: 'Cancelled',
  receipt: (no) => `E-receipt ${no}`,
  payOpen: 'Pay now',
  retry: 'Pay again',
  refresh: 'Refresh',
  orders: 'My orders',
  noOrders: 'No orders yet',
  filters: { all: 'All', paid: 'Paid', open: 'In progress', refunded: 'Refunded' },
  notStarted: 'The payment could not start and nothing was charged. Please try again later.',
}
