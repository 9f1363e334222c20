import { http, HttpResponse } from 'msw'
import { levelAtLeast } from '../../src/sdk/manifest/vocabulary'
import { defineDomainStore } from '../kit/domain-store'
import { sessionOf } from '../kit/guard'
import { apiError, notFound, readJson } from '../kit/responses'
import { MOCK_SMS_CODE } from './auth'
import { profileOf, residentStore } from './resident-store'

interface FaceCheck {
  /** The session that started it: only that session may report or read its outcome. */
  sid: string
  /** What the face service saw; undefined until the camera flow reports. */
  passed?: boolean
}

const store = defineDomainStore((): { faceChecks: Record<string, FaceCheck> } => ({ faceChecks: {} }))
const raise = (wanted: 'L2' | 'L3') => {
  const { identity } = residentStore.data
  if (!levelAtLeast(identity.level, wanted)) identity.level = wanted
  return profileOf(identity)
}
let sequence = 0

/** A face check is known only to the session that started it. */
const ownCheck = (verifyId: string, request: Request): FaceCheck | undefined => {
  const check = store.data.faceChecks[verifyId]
  return check && check.sid === sessionOf(request)?.sid ? check : undefined
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
  http.post('*/api/identity/face/start', ({ request }) => {
    if (!levelAtLeast(residentStore.data.identity.level, 'L2')) return apiError(403, 'LEVEL_REQUIRED', '请先完成实名认证')
    sequence += 1
    const verifyId = `f-${Date.now().toString(36)}-${sequence}`
    store.data.faceChecks[verifyId] = { sid: sessionOf(request)!.sid }
    return HttpResponse.json({ verifyId })
  }),
  // The face service's sandbox: it acts only on a check started by the session that reports it.
  http.post('*/api/sandbox/face/:verifyId', async ({ params, request }) => {
    const check = ownCheck(String(params.verifyId), request)
    if (!check) return notFound('人脸核身任务不存在')
    check.passed = (await readJson(request)).passed === true
    return new HttpResponse(null, { status: 204 })
  }),
  http.post('*/api/identity/face/result', async ({ request }) => {
    const { verifyId } = await readJson(request)
    const check = typeof verifyId === 'string' ? ownCheck(verifyId, request) : undefined
    if (!check) return notFound('人脸核身任务不存在')
    if (check.passed !== true) return apiError(422, 'FACE_CHECK_FAILED', '人脸核身未通过，请在光线充足处正对屏幕重试')
    return HttpResponse.json(raise('L3'))
  }),
  http.post('*/api/identity/reveal/code', () => HttpResponse.json({ resendAfterSec: 60 })),
  http.post('*/api/identity/reveal', async ({ request }) => {
    if ((await readJson(request)).code !== MOCK_SMS_CODE) return apiError(400, 'WRONG_CODE', '验证码错误或已过期')
    const { name, idNumber, phone } = residentStore.data.identity
    return HttpResponse.json({ phone, ...(name ? { name } : {}), ...(idNumber ? { idNumber } : {}) })
  }),
]
