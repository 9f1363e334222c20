import { http, HttpResponse } from 'msw'
import type { components } from '../../src/generated/api/shell'
import { defineDomainStore } from '../kit/domain-store'
import { apiError, readJson } from '../kit/responses'

type NewUpload = components['schemas']['NewUpload']
type Upload = components['schemas']['Upload']

const TYPES = ['image/jpeg', 'image/png', 'application/pdf']
const MAX_BYTES = 10 * 1024 * 1024
const MAX_INLINE_BYTES = 256 * 1024

/** Files received, by idempotency key, per persona. */
export const uploadsStore = defineDomainStore((): { byKey: Record<string, Upload> } => ({ byKey: {} }))

/** Bytes a base64 string decodes to, or undefined when it is not base64. */
const decodedBytes = (content: string): number | undefined =>
  /^[A-Za-z0-9+/]*={0,2}$/.test(content) && content.length % 4 === 0
    ? (content.length / 4) * 3 - (content.endsWith('==') ? 2 : content.endsWith('=') ? 1 : 0)
    : undefined

type Checked = { ok: true; upload: Omit<Upload, 'fileId' | 'receivedAt'> } | { ok: false; response: Response }

const check = (body: Partial<NewUpload>): Checked => {
  const refuse = (status: number, code: string, message: string): Checked => ({ ok: false, response: apiError(status, code, message) })
  const { name, type, size, content, reference } = body
  if (typeof name !== 'string' || !name.trim() || name.length > 120) return refuse(400, 'INVALID_UPLOAD', '文件名不能为空')
  if (typeof type !== 'string' || !TYPES.includes(type)) return refuse(415, 'UNSUPPORTED_TYPE', '仅支持 JPG、PNG 图片或 PDF 文件')
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 1) return refuse(400, 'INVALID_UPLOAD', '文件大小不正确')
  if (size > MAX_BYTES) return refuse(413, 'FILE_TOO_LARGE', '文件不能超过 10 MB')
  if ((content === undefined) === (reference === undefined)) return refuse(400, 'INVALID_UPLOAD', '请提供文件内容或文件引用之一')
  if (content !== undefined) {
    const bytes = decodedBytes(content)
    if (bytes === undefined) return refuse(400, 'INVALID_UPLOAD', '文件内容不是有效的 base64')
    if (bytes > MAX_INLINE_BYTES) return refuse(413, 'FILE_TOO_LARGE', '直接上传的文件不能超过 256 KB')
    if (bytes !== size) return refuse(400, 'SIZE_MISMATCH', '文件大小与内容不一致，请重新上传')
  }
  return { ok: true, upload: { name, type, size } }
}

let sequence = 0

/**
 * POST /api/uploads, idempotent per key as a real gateway must be: the same
 * key and file get the same file id (200), so a retry after a killed app
 * never stores the file twice; the key with another file is refused (409).
 */
export const uploadHandlers = [
  http.post('*/api/uploads', async ({ request }) => {
    const key = request.headers.get('Idempotency-Key')
    if (!key || key.length < 8 || key.length > 64) return apiError(400, 'IDEMPOTENCY_KEY_REQUIRED', '缺少有效的幂等键')
    const checked = check(await readJson<NewUpload>(request))
    if (!checked.ok) return checked.response
    const earlier = uploadsStore.data.byKey[key]
    if (earlier) {
      const same = earlier.name === checked.upload.name && earlier.type === checked.upload.type && earlier.size === checked.upload.size
      return same ? HttpResponse.json(earlier) : apiError(409, 'IDEMPOTENCY_KEY_REUSED', '该上传标识已用于其他文件，请重新选择文件上传')
    }
    sequence += 1
    const upload: Upload = { ...checked.upload, fileId: `file-${Date.now().toString(36)}-${sequence}`, receivedAt: new Date().toISOString() }
    uploadsStore.data.byKey[key] = upload
    return HttpResponse.json(upload, { status: 201 })
  }),
]
