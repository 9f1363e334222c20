import { http, HttpResponse } from 'msw'
import { guardHandlers } from './guard'
import { openOrder } from './orders'
import { registerMiniAppForTest } from './registry'
import { readJson } from './responses'
import { miniAppAuthorization } from './tokens'

/**
 * A mini-app that exists only in tests, so shell tests never depend on (or
 * name) the mini-apps a department happens to ship. It sells one thing:
 * `POST /api/<id>/orders` opens an order for it. Its handlers come behind
 * the real guard, so tokens are checked as for any mini-app.
 */
export const defineTestMiniApp = (id: string, scopes: string[]) => {
  registerMiniAppForTest({ id, scopes })
  // server.use() puts handlers in front of everything, so the fixture brings the guard along.
  const handlers = [
    ...guardHandlers,
    http.post(`*/api/${id}/orders`, async ({ request }) => {
      const { reference = 'item-1', amountFen = 1000 } = await readJson<{ reference: string; amountFen: number }>(request)
      const order = openOrder({ scenarioId: id, kind: `${id}-item`, reference, title: `${id} ${reference}`, amountFen })
      return HttpResponse.json({ orderId: order.id, amountFen: order.amountFen }, { status: 201 })
    }),
  ]
  return { id, handlers, authorization: miniAppAuthorization(id, { scopes }) }
}
