import { http, HttpResponse } from 'msw'
import type { components } from '../../src/generated/api/shell'
import { apiError, notFound, readJson } from '../kit/responses'
import { refuseOneStop } from './one-stop-checks'
import { profileOf, residentStore } from './resident-store'

type NewApplication = components['schemas']['NewApplication']
type Application = components['schemas']['Application']

const isNewApplication = (body: unknown): body is NewApplication => {
  const b = body as Partial<NewApplication> | null
  return !!b && typeof b.scenarioId === 'string' && b.scenarioId.length > 0 && typeof b.title === 'string' &&
    b.title.length > 0 && b.title.length <= 60 && typeof b.fields === 'object' && b.fields !== null
}

let sequence = 0

/** The resident's profile, cases (我的办件) and messages. Submitting really adds a case. */
export const residentHandlers = [
  http.get('*/api/profile', () => HttpResponse.json(profileOf(residentStore.data.identity))),
  http.get('*/api/applications', () => HttpResponse.json(residentStore.data.applications)),
  http.post('*/api/applications', async ({ request }) => {
    const body: unknown = await readJson(request)
    if (!isNewApplication(body)) return apiError(400, 'INVALID_APPLICATION', '申请信息不完整，请检查后重新提交')
    const refused = refuseOneStop(body, residentStore.data.identity)
    if (refused) return refused
    sequence += 1
    const application: Application = {
      id: `a-${Date.now().toString(36)}-${sequence}`,
      scenarioId: body.scenarioId,
      title: body.title,
      department: '辽宁省政务服务中心',
      submittedAt: new Date().toISOString(),
      status: 'submitted',
    }
    residentStore.data.applications.unshift(application)
    return HttpResponse.json(application, { status: 201 })
  }),
  http.get('*/api/messages', () => HttpResponse.json(residentStore.data.messages)),
  http.post('*/api/messages/:id/read', ({ params }) => {
    const message = residentStore.data.messages.find((m) => m.id === params.id)
    if (!message) return notFound('消息不存在或已删除')
    message.read = true
    return HttpResponse.json(message)
  }),
]
