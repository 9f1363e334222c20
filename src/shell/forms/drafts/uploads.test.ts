import { IllegalUploadTransitionError, newUploadRecord, transitionUpload, type UploadEvent, type UploadRecord, type UploadStatus } from './uploads'

const file = { name: '身份证.jpg', size: 1024, type: 'image/jpeg', path: 'wxfile://usr/id.jpg' }
const oops = { 'zh-CN': '上传失败', en: 'Upload failed' }
const at = (status: UploadStatus, extra: Partial<UploadRecord> = {}): UploadRecord => ({
  ...newUploadRecord('k-1', { kind: 'material', materialId: 'id-copy' }, file), status, ...extra,
})

describe('an upload’s life', () => {
  it('goes pending → uploading → done, counting attempts and keeping the file id', () => {
    const uploading = transitionUpload(at('pending'), { type: 'start' })
    expect(uploading).toMatchObject({ status: 'uploading', attempts: 1 })
    expect(transitionUpload(uploading, { type: 'succeed', fileId: 'f-1' })).toMatchObject({ status: 'done', fileId: 'f-1', attempts: 1 })
  })

  it('goes back to pending on resume when it was in flight, to be sent again with its key', () => {
    expect(transitionUpload(at('uploading', { attempts: 1 }), { type: 'resume' })).toMatchObject({ status: 'pending', key: 'k-1', attempts: 1 })
  })

  it('retries a passing failure on resume, but not a refusal', () => {
    const passing = at('failed', { failure: { message: oops, retryable: true } })
    expect(transitionUpload(passing, { type: 'resume' })).toEqual(at('pending'))
    const refused = at('failed', { failure: { message: oops, retryable: false } })
    expect(transitionUpload(refused, { type: 'resume' })).toBe(refused)
    expect(transitionUpload(refused, { type: 'retry' }).status).toBe('pending')
  })

  it('keeps a done upload as it is on resume, and takes the same answer twice', () => {
    const done = at('done', { fileId: 'f-1' })
    expect(transitionUpload(done, { type: 'resume' })).toBe(done)
    expect(transitionUpload(done, { type: 'succeed', fileId: 'f-1' })).toBe(done)
  })

  it.each<[UploadStatus, UploadEvent]>([
    ['uploading', { type: 'start' }],
    ['done', { type: 'start' }],
    ['pending', { type: 'succeed', fileId: 'f-1' }],
    ['done', { type: 'succeed', fileId: 'f-2' }],
    ['pending', { type: 'fail', message: oops, retryable: true }],
    ['pending', { type: 'retry' }],
    ['done', { type: 'retry' }],
  ])('refuses %s → %o', (status, event) => {
    expect(() => transitionUpload(at(status, { fileId: 'f-1' }), event)).toThrow(IllegalUploadTransitionError)
  })
})
