import type { components } from '../../src/generated/api/shell'
import type { PersonaId } from '../personas'
import { defineDomainStore } from './domain-store'

export type Order = components['schemas']['Order']
export type PrepayParams = components['schemas']['PrepayParams']

interface OrdersData {
  orders: Order[]
  /** Idempotency-Key → the answer given for it, so a retried prepay never makes a second charge. */
  prepaidByKey: Record<string, PrepayParams>
}

const SEED_ORDERS: Partial<Record<PersonaId, Order[]>> = {
  driver: [
    {
      id: 'o-seed-1',
      scenarioId: 'transport',
      kind: 'transport-fine',
      reference: 'v-2025-0917',
      title: '交通违法罚款 辽B·7Q3M1',
      amountFen: 10000,
      status: 'paid',
      createdAt: '2025-09-20T09:12:00+08:00',
      paidAt: '2025-09-20T09:13:05+08:00',
      receiptNo: 'LN-FS-2025-000917',
    },
  ],
}

export const ordersStore = defineDomainStore((persona: PersonaId): OrdersData => ({ orders: SEED_ORDERS[persona] ?? [], prepaidByKey: {} }))

type Fulfilment = (order: Order) => void
const fulfilments = new Map<string, Fulfilment>()

/** A mini-app's mock says what paying one of its orders does, e.g. mark a fine paid. */
export const onOrderPaid = (kind: string, fulfil: Fulfilment): void => {
  fulfilments.set(kind, fulfil)
}

let sequence = 0

/** Creates an order, or returns the open one for the same thing, so a double tap makes one order. */
export const openOrder = (fields: Pick<Order, 'scenarioId' | 'kind' | 'reference' | 'title' | 'amountFen'>): Order => {
  const { orders } = ordersStore.data
  const open = orders.find((o) => o.kind === fields.kind && o.reference === fields.reference && (o.status === 'created' || o.status === 'paying'))
  if (open) return open
  sequence += 1
  const order: Order = { ...fields, id: `o-${Date.now().toString(36)}-${sequence}`, status: 'created', createdAt: new Date().toISOString() }
  orders.unshift(order)
  return order
}

export const markPaid = (order: Order): Order => {
  order.status = 'paid'
  order.paidAt = new Date().toISOString()
  order.receiptNo = `LN-FS-${new Date().getFullYear()}-${order.id.slice(-6).toUpperCase()}`
  fulfilments.get(order.kind)?.(order)
  return order
}
