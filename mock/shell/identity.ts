import { http, HttpResponse } from 'msw'
import { levelAtLeast } from '../../src/sdk/manifest/vocabulary'
import { defineDomainStore } from '../kit/domain-store'
import { apiError, notFound, readJson } from '../kit/responses'
import { MOCK_SMS_CODE } from './auth'
import { profileOf, residentStore } from './resident-store'

interface Grant {
  miniAppId: string
  scope: string
  grantedAt: string
}

interface IdentityData {
  /** verifyId → what the face service saw (undefined until the camera flow reports). */
  faceChecks: Record<string, boolean | undefined>
  grants: Grant[]
}

const store = defineDomainStore((): IdentityData => ({ faceChecks: {}, grants: [] }))
const raise = (wanted: 'L2' | 'L3') => {
  const { identity } = residentStore.data
  if (!levelAtLeast(identity.level, wanted)) identity.level = wanted
  return profileOf(identity)
}
let sequence = 0

/** The value of a scope, for a mini-app the resident granted it to. */
const attribute = (scope: string): string | undefined => {
  const { identity } = residentStore.data
  return ({ 'profile.name': identity.name, 'profile.idNumber': identity.idNumber, 'profile.phone': identity.phone } as Record<string, string | undefined>)[scope]
}

export const identityHandlers = [
  http.post('*/api/identity/verify-id', async ({ request }) => {
    const { name, idNumber } = await readJson(request)
    if (typeof name !== 'string' || typeof idNumber !== 'string') return apiError(400, 'INVALID_ID_CHECK', '请填写姓名和身份证号')
    const { identity } = residentStore.data
    // New residents have no record yet: the registry is the mock's persona, so the first check defines it.
    if (!identity.idNumber) Object.assign(identity, { name, idNumber: idNumber.toUpperCase() })
    if (identity.name !== name || identity.idNumber !== idNumber.toUpperCase()) return apiError(422, 'ID_MISMATCH', '姓名与身份证号不匹配，请核对后重试')
    return HttpResponse.json(raise('L2'))
  }),
  http.post('*/api/identity/face/start', () => {
    if (!levelAtLeast(residentStore.data.identity.level, 'L2')) return apiError(403, 'LEVEL_REQUIRED', '请先完成实名认证')
    sequence += 1
    const verifyId = `f-${Date.now().toString(36)}-${sequence}`
    store.data.faceChecks[verifyId] = undefined
    return HttpResponse.json({ verifyId })
  }),
  http.post('*/api/sandbox/face/:verifyId', async ({ params, request }) => {
    const id = String(params.verifyId)
    if (!(id in store.data.faceChecks)) return notFound('人脸核身任务不存在')
    store.data.faceChecks[id] = (await readJson(request)).passed === true
    return new HttpResponse(null, { status: 204 })
  }),
  http.post('*/api/identity/face/result', async ({ request }) => {
    const { verifyId } = await readJson(request)
    const checks = store.data.faceChecks
    if (typeof verifyId !== 'string' || !(verifyId in checks)) return notFound('人脸核身任务不存在')
    if (checks[verifyId] !== true) return apiError(422, 'FACE_CHECK_FAILED', '人脸核身未通过，请在光线充足处正对屏幕重试')
    return HttpResponse.json(raise('L3'))
  }),
  http.post('*/api/identity/reveal/code', () => HttpResponse.json({ resendAfterSec: 60 })),
  http.post('*/api/identity/reveal', async ({ request }) => {
    if ((await readJson(request)).code !== MOCK_SMS_CODE) return apiError(400, 'WRONG_CODE', '验证码错误或已过期')
    const { name, idNumber, phone } = residentStore.data.identity
    return HttpResponse.json({ phone, ...(name ? { name } : {}), ...(idNumber ? { idNumber } : {}) })
  }),
  http.get('*/api/identity/attributes/:scope', ({ params, request }) => {
    const scope = String(params.scope)
    const miniApp = new URL(request.url).searchParams.get('miniApp')
    if (!store.data.grants.some((g) => g.miniAppId === miniApp && g.scope === scope)) return apiError(403, 'CONSENT_REQUIRED', '您尚未授权该服务使用此信息')
    const value = attribute(scope)
    return value === undefined ? notFound('暂无此信息，请先完成实名认证') : HttpResponse.json({ scope, value })
  }),
  http.get('*/api/consents', () => HttpResponse.json(store.data.grants)),
  http.put('*/api/consents/:miniAppId/:scope', ({ params }) => {
    const grant = { miniAppId: String(params.miniAppId), scope: String(params.scope), grantedAt: new Date().toISOString() }
    store.data.grants = [...store.data.grants.filter((g) => !(g.miniAppId === grant.miniAppId && g.scope === grant.scope)), grant]
    return HttpResponse.json(grant)
  }),
  http.delete('*/api/consents/:miniAppId/:scope', ({ params }) => {
    store.data.grants = store.data.grants.filter((g) => !(g.miniAppId === params.miniAppId && g.scope === params.scope))
    return new HttpResponse(null, { status: 204 })
  }),
]
