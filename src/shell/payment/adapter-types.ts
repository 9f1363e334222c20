import type { PrepayParams } from './payment-api'

/** What the platform said about the payment. The shell never trusts it: it asks the server next. */
export type AdapterResult = 'completed' | 'cancelled' | 'failed'
export type PaymentAdapter = (params: PrepayParams) => Promise<AdapterResult>
