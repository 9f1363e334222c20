import { http, HttpResponse } from 'msw'
import type { components } from '../../src/generated/api/shell'
import { scenarios } from '../generated/scenarios'
import { onOrderPaid, openOrder } from '../kit/orders'
import { apiError, readJson } from '../kit/responses'
import { fileCase, findCase } from './cases'
import { refuseOneStop } from './one-stop-checks'
import { profileOf, residentStore } from './resident-store'

type NewApplication = components['schemas']['NewApplication']

const isNewApplication = (body: unknown): body is NewApplication => {
  const b = body as Partial<NewApplication> | null
  return !!b && typeof b.scenarioId === 'string' && b.scenarioId.length > 0 && typeof b.title === 'string' &&
    b.title.length > 0 && b.title.length <= 60 && typeof b.fields === 'object' && b.fields !== null
}

const APPLICATION_FEE = 'application-fee'

// A paid fee shows on the case's timeline, with the receipt.
onOrderPaid(APPLICATION_FEE, (order) => {
  const application = findCase(order.reference)
  const fee = application && scenarios[application.scenarioId]?.fee
  if (!application || !fee) return
  application.timeline.push({ at: order.paidAt ?? new Date().toISOString(), department: fee.payee['zh-CN'], message: `已缴纳${fee.description['zh-CN']}，收据号 ${order.receiptNo}` })
})

/** The resident's profile and submissions (messages.ts has the message centre). Submitting really adds a case (cases.ts reads them). */
export const residentHandlers = [
  http.get('*/api/profile', () => HttpResponse.json(profileOf(residentStore.data.identity))),
  http.post('*/api/applications', async ({ request }) => {
    const body: unknown = await readJson(request)
    if (!isNewApplication(body)) return apiError(400, 'INVALID_APPLICATION', '申请信息不完整，请检查后重新提交')
    const refused = refuseOneStop(body, residentStore.data.identity)
    if (refused) return refused
    const application = fileCase(body.scenarioId, body.title, '辽宁省政务服务中心', 'submitted', body.parts)
    // The fee comes from the server's own copy of the definition, never from what the client sent.
    const fee = scenarios[body.scenarioId]?.fee
    if (fee) {
      const title = `${body.title}（${fee.description['zh-CN']}）`
      application.feeOrderId = openOrder({ scenarioId: body.scenarioId, kind: APPLICATION_FEE, reference: application.id, title, amountFen: fee.amountFen }).id
      application.timeline.push({ at: application.submittedAt, department: fee.payee['zh-CN'], message: `待缴纳${fee.description['zh-CN']}` })
    }
    residentStore.data.applications.unshift(application)
    return HttpResponse.json(application, { status: 201 })
  }),
]
