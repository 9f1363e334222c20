import { http, HttpResponse } from 'msw'
import { defineDomainStore } from '../../mock/kit/domain-store'
import { onOrderPaid, openOrder } from '../../mock/kit/orders'
import { apiError, notFound } from '../../mock/kit/responses'
import { seedTransport } from './mock/seeds'

const store = defineDomainStore(seedTransport)

// Paying a fine's order marks the fine paid, as the traffic police's system would.
onOrderPaid('transport-fine', (order) => {
  const violation = store.data.violations.find((v) => v.id === order.reference)
  if (violation) violation.status = 'paid'
})

export const handlers = [
  http.get('*/api/transport/violations', () => HttpResponse.json(store.data.violations)),
  http.get('*/api/transport/bus-card', () => HttpResponse.json({ card: store.data.busCard })),
  http.post('*/api/transport/violations/:id/orders', ({ params }) => {
    const violation = store.data.violations.find((v) => v.id === params.id)
    if (!violation) return notFound('未找到该交通违法记录')
    if (violation.status === 'paid') return apiError(409, 'ALREADY_PAID', '该罚款已缴纳')
    const order = openOrder({
      scenarioId: 'transport',
      kind: 'transport-fine',
      reference: violation.id,
      title: `交通违法罚款 ${violation.plate}`,
      amountFen: violation.fineFen,
    })
    return HttpResponse.json({ orderId: order.id, amountFen: order.amountFen }, { status: 201 })
  }),
]
