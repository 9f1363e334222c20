import { http, HttpResponse } from 'msw'
import type { components } from '../../src/generated/api/shell'
import { apiError, notFound, readJson } from '../kit/responses'
import { miniAppOf } from '../kit/guard'
import { residentStore } from './resident-store'
import { answerDueFollowUp, rateCase } from './case-ratings'
import { notifyResident } from './messages'

type Application = components['schemas']['Application']
type NewApplication = components['schemas']['NewApplication']
type MoreInfo = components['schemas']['MoreInfo']
type NewCase = components['schemas']['NewCase']
type Status = components['schemas']['ApplicationStatus']

export const STATUSES: readonly Status[] = ['submitted', 'accepted', 'in-review', 'more-info-needed', 'approved', 'rejected', 'completed']

let sequence = 0

/** A new case, first step filed by the resident; a one-stop submission gets one part per department item. */
export const fileCase = (scenarioId: string, title: string, department: string, status: Status = 'submitted', parts: NewApplication['parts'] = []): Application => {
  sequence += 1
  const now = new Date()
  const at = now.toISOString()
  const first = { at, department: '申请人', message: '申请已提交', status: 'submitted' as const }
  const accepted = status === 'accepted' ? [{ at, department, message: '已受理', status }] : []
  return {
    id: `a-${now.getTime().toString(36)}-${sequence}`,
    reference: `LN${now.toISOString().slice(0, 10).replace(/-/g, '')}${String(sequence).padStart(4, '0')}`,
    scenarioId, title, department, submittedAt: at, status,
    timeline: [first, ...accepted],
    ...(parts.length > 0 ? {
      parts: parts.map((p) => ({ itemId: p.itemId, item: p.item, department: p.department, status: 'submitted' as const, timeline: [{ ...first }] })),
    } : {}),
  }
}

export const findCase = (id: unknown): Application | undefined => residentStore.data.applications.find((a) => a.id === id)

const isMoreInfo = (b: Partial<MoreInfo>): b is MoreInfo => {
  const text = typeof b.text === 'string' ? b.text.trim() : ''
  const files = Array.isArray(b.fileIds) && b.fileIds.every((f) => typeof f === 'string' && f.length > 0) ? b.fileIds : undefined
  return (b.text === undefined || typeof b.text === 'string') && (b.fileIds === undefined || !!files) && (text.length > 0 || (files?.length ?? 0) > 0)
}

/**
 * 我的办件 beyond the list: one case, answering a more-information request
 * (the case goes back into review), and rating (case-ratings.ts). Mini-apps
 * file and read their own cases under /cases with their own token; the
 * server takes the mini-app from the token, so none writes or reads another's.
 */
export const caseHandlers = [
  http.get('*/api/applications', ({ request }) => {
    const query = new URL(request.url).searchParams
    const status = query.get('status')
    const scenarioId = query.get('scenarioId')
    if (status !== null && !STATUSES.includes(status as Status)) return apiError(400, 'INVALID_FILTER', `status 只能是 ${STATUSES.join('、')}`)
    const list = residentStore.data.applications.filter((a) => (!status || a.status === status) && (!scenarioId || a.scenarioId === scenarioId))
    return HttpResponse.json(list.map((a) => answerDueFollowUp(a)))
  }),
  http.get('*/api/applications/:id', ({ params }) => {
    const found = findCase(params.id)
    return found ? HttpResponse.json(answerDueFollowUp(found)) : notFound('办件不存在')
  }),
  http.post('*/api/applications/:id/more-info', async ({ request, params }) => {
    const found = findCase(params.id)
    if (!found) return notFound('办件不存在')
    if (found.status !== 'more-info-needed') return apiError(409, 'NOT_WAITING_FOR_INFO', '该办件当前无需补充材料')
    const body = await readJson<MoreInfo>(request)
    if (!isMoreInfo(body) || (body.text?.length ?? 0) > 500) return apiError(400, 'INVALID_MORE_INFO', '请填写说明或上传材料')
    const at = new Date().toISOString()
    found.timeline.push({ at, department: '申请人', message: body.text?.trim() || '已补充材料', status: 'more-info-needed', ...(body.fileIds?.length ? { fileIds: body.fileIds } : {}) })
    found.timeline.push({ at, department: found.department, message: '已收到补充材料，重新审核中', status: 'in-review' })
    found.status = 'in-review'
    delete found.note
    notifyResident({ kind: 'case-status', title: `${found.title}已重新进入审核`, body: `${found.department}已收到补充材料。`, target: { kind: 'case', id: found.id } })
    return HttpResponse.json(found)
  }),
  http.post('*/api/applications/:id/rating', async ({ request, params }) => {
    const found = findCase(params.id)
    return found ? rateCase(found, await readJson(request)) : notFound('办件不存在')
  }),
  http.post('*/api/cases', async ({ request }) => {
    const claims = miniAppOf(request)
    if (!claims) return apiError(403, 'MINI_APP_TOKEN_REQUIRED', '该接口只接受服务的访问令牌')
    const body = await readJson<NewCase>(request)
    const extra = Object.keys(body).filter((k) => !['title', 'department', 'status'].includes(k))
    if (extra.length > 0) return apiError(400, 'INVALID_CASE', `不接受的字段：${extra.join('、')}`)
    if (typeof body.title !== 'string' || !body.title.trim() || body.title.length > 60) return apiError(400, 'INVALID_CASE', '办件名称不能为空')
    if (body.status !== undefined && body.status !== 'submitted' && body.status !== 'accepted') return apiError(400, 'INVALID_CASE', '新办件只能是已提交或已受理')
    const department = typeof body.department === 'string' && body.department.trim() ? body.department.slice(0, 60) : '辽宁省政务服务中心'
    const filed = fileCase(claims.app, body.title.trim(), department, body.status)
    residentStore.data.applications.unshift(filed)
    return HttpResponse.json(filed, { status: 201 })
  }),
  http.get('*/api/cases/:id', ({ request, params }) => {
    const claims = miniAppOf(request)
    if (!claims) return apiError(403, 'MINI_APP_TOKEN_REQUIRED', '该接口只接受服务的访问令牌')
    const found = findCase(params.id)
    // Another mini-app's case is "not found", so its existence leaks nothing either.
    return found && found.scenarioId === claims.app ? HttpResponse.json(found) : notFound('办件不存在')
  }),
]
