/** The payment subpackage's words, zh-CN first: kept out of the main dictionary so they load with its pages. */
export const paymentZhCN = {
  cashier: '收银台',
  pay: '确认支付',
  cancel: '取消支付',
  result: '支付结果',
  paid: '支付成功',
  failed: '支付失败',
  pending: '正在确认支付结果',
  pendingHint: '请勿重复支付，结果确认后会通知您',
  closed: '订单已关闭',
  refunded: '已退款',
  cancelled: '已取消',
  receipt: (no: string) => `电子票据号 ${no}`,
  payOpen: '去支付',
  retry: '重新支付',
  refresh: '刷新结果',
  orders: '我的订单',
  noOrders: '暂无订单',
  filters: { all: '全部', paid: '已支付', open: '处理中', refunded: '已退款' } as Record<string, string>,
  notStarted: '支付未能发起，未扣款，请稍后重试',
}

export type PaymentText = typeof paymentZhCN
