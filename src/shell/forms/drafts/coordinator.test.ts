import Taro from '@tarojs/taro'
import { http, HttpResponse } from 'msw'
import { server } from '@test/msw-server'
import { uploadsStore } from '../../../../mock/shell/uploads'
import { TEST_AUTHORIZATION } from '../../../../mock/kit/tokens'
import { createUploadCoordinator, UploadFailure } from './coordinator'
import { createDraftStore } from './store'
import type { UploadFile } from './uploads'

const ref = { residentKey: 'r-1', scenarioId: 'sample-one-stop' }
const definition = { version: '1.0.0', title: { 'zh-CN': '示例一件事', en: 'Sample one-stop' } }
const idCard: UploadFile = { name: '身份证.jpg', size: 3, type: 'image/jpeg', path: 'wxfile://usr/id.jpg' }
const photo: UploadFile = { name: '现场.jpg', size: 3, type: 'image/jpeg', path: 'wxfile://usr/photo.jpg' }

/** The client side of POST /api/uploads, through the mock backend with its Idempotency-Key. */
const sent: string[] = []
const uploadToMock = async (file: UploadFile, key: string) => {
  sent.push(key)
  const response = await fetch('http://localhost/api/uploads', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'Idempotency-Key': key, ...TEST_AUTHORIZATION },
    body: JSON.stringify({ name: file.name, type: file.type, size: file.size, content: 'AQID' }),
  })
  const body = (await response.json()) as { fileId?: string; message?: string }
  if (!response.ok) throw new UploadFailure({ 'zh-CN': body.message ?? '', en: body.message ?? '' }, response.status >= 500)
  return { fileId: body.fileId ?? '' }
}
const never = () => new Promise<{ fileId: string }>(() => undefined)
let counter = 0
const keys = () => `key-${(counter += 1)}-abcdefgh`

beforeEach(() => {
  sent.length = 0
})

describe('uploads that survive a killed app', () => {
  it('records the file and its key in the draft before sending it', async () => {
    const session = createDraftStore({ storage: Taro }).open(ref, definition)
    let seenInStorage: unknown
    const coordinator = createUploadCoordinator({
      session, newKey: keys,
      upload: async (file, key) => {
        seenInStorage = createDraftStore({ storage: Taro }).load(ref)?.uploads[key]
        return uploadToMock(file, key)
      },
    })
    const record = await coordinator.add({ kind: 'material', materialId: 'id-copy' }, idCard)
    expect(seenInStorage).toMatchObject({ status: 'uploading', file: idCard })
    expect(record).toMatchObject({ status: 'done', fileId: expect.stringMatching(/^file-/) })
    expect(session.draft.materials).toEqual({ 'id-copy': [record.key] })
    expect(session.state.files[record.key]).toEqual({ name: '身份证.jpg', fileId: record.fileId })
  })

  it('after a kill, keeps uploaded files, and sends the one in flight again with the same key and gets the same file id', async () => {
    // Before the kill: the ID card is uploaded; the photo reaches the server but the app dies before the answer.
    const before = createDraftStore({ storage: Taro }).open(ref, definition)
    const first = createUploadCoordinator({ session: before, newKey: keys, upload: uploadToMock })
    const done = await first.add({ kind: 'material', materialId: 'id-copy' }, idCard)
    const dying = createUploadCoordinator({
      session: before, newKey: keys,
      upload: (file, key) => uploadToMock(file, key).then(never),
    })
    void dying.add({ kind: 'field', fieldId: 'photos' }, photo)
    await new Promise((resolve) => setTimeout(resolve, 50))
    const [photoKey] = before.draft.answers.photos as string[]
    const serverFileId = uploadsStore.data.byKey[photoKey]?.fileId
    expect(serverFileId).toBeDefined()

    // The app restarts: a new store over the same storage, a new coordinator.
    sent.length = 0
    const after = createDraftStore({ storage: Taro }).open(ref, definition)
    expect(after.draft.uploads[photoKey].status).toBe('uploading')
    const resumed = await createUploadCoordinator({ session: after, newKey: keys, upload: uploadToMock }).resume()

    expect(sent).toEqual([photoKey])
    expect(resumed).toEqual([expect.objectContaining({ key: photoKey, status: 'done', fileId: serverFileId, attempts: 2 })])
    expect(after.draft.uploads[done.key]).toMatchObject({ status: 'done', fileId: done.fileId, attempts: 1 })
    expect(after.state.answers.photos).toEqual([photoKey])
    expect(Object.keys(uploadsStore.data.byKey)).toHaveLength(2)
  })

  it('keeps a passing failure to retry later, and a refusal with its reason', async () => {
    server.use(http.post('*/api/uploads', () => HttpResponse.json({ code: 'UNAVAILABLE', message: '服务繁忙' }, { status: 503 })))
    const session = createDraftStore({ storage: Taro }).open(ref, definition)
    const coordinator = createUploadCoordinator({ session, newKey: keys, upload: uploadToMock })
    const failed = await coordinator.add({ kind: 'material', materialId: 'id-copy' }, idCard)
    expect(failed).toMatchObject({ status: 'failed', failure: { retryable: true } })

    server.resetHandlers()
    expect(await coordinator.retry(failed.key)).toMatchObject({ status: 'done', key: failed.key, attempts: 2 })

    const refused = await coordinator.add({ kind: 'material', materialId: 'id-copy' }, { ...idCard, type: 'image/gif' })
    expect(refused).toMatchObject({ status: 'failed', failure: { retryable: false, message: { 'zh-CN': '仅支持 JPG、PNG 图片或 PDF 文件' } } })
    expect(await coordinator.resume()).toEqual([])
  })

  it('treats an unexpected error as passing and says so in residents’ words', async () => {
    const session = createDraftStore({ storage: Taro }).open(ref, definition)
    const record = await createUploadCoordinator({ session, newKey: keys, upload: () => Promise.reject(new TypeError('Failed to fetch')) })
      .add({ kind: 'field', fieldId: 'photos' }, photo)
    expect(record.failure).toEqual({ retryable: true, message: { 'zh-CN': expect.stringContaining('请重试'), en: expect.stringContaining('try again') } })
  })

  it('sends nothing when the draft cannot record the upload', async () => {
    const session = createDraftStore({ storage: Taro }).open(ref, definition)
    session.update((d) => ({ ...d, answers: { notes: '办'.repeat(349_000) } }))
    const upload = jest.fn(uploadToMock)
    const coordinator = createUploadCoordinator({ session, newKey: keys, upload })
    await expect(coordinator.add({ kind: 'material', materialId: 'id-copy' }, { ...idCard, name: `${'长'.repeat(2000)}.jpg` })).rejects.toMatchObject({ name: 'DraftQuotaError' })
    expect(upload).not.toHaveBeenCalled()
    expect(session.draft.uploads).toEqual({})
  })

  it('takes a removed file out of its material and forgets it', async () => {
    const session = createDraftStore({ storage: Taro }).open(ref, definition)
    const coordinator = createUploadCoordinator({ session, newKey: keys, upload: uploadToMock })
    const a = await coordinator.add({ kind: 'material', materialId: 'id-copy' }, idCard)
    const b = await coordinator.add({ kind: 'material', materialId: 'id-copy' }, { ...idCard, name: '身份证反面.jpg' })
    coordinator.remove(a.key)
    expect(session.draft.materials['id-copy']).toEqual([b.key])
    expect(Object.keys(session.draft.uploads)).toEqual([b.key])
  })
})
