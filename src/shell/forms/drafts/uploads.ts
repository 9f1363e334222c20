import type { Localized } from '../../../sdk/manifest/catalogue'

/**
 * One upload's life, as the draft records it. The idempotency key is made and
 * saved before the first byte is sent, so after a killed app the same file is
 * sent again with the same key and the server answers with the same file id:
 * nothing is lost and nothing is stored twice.
 *
 *   pending ──start──▶ uploading ──succeed──▶ done
 *      ▲                 │   │
 *      └────resume───────┘   └──fail──▶ failed ──retry / resume (if retryable)──▶ pending
 */
export type UploadStatus = 'pending' | 'uploading' | 'done' | 'failed'

/** Where a file belongs: one of the shared materials, or an upload field. */
export type UploadTarget = { kind: 'material'; materialId: string } | { kind: 'field'; fieldId: string }

/** The file to send. On weapp `path` must be a saved file (not a temp path), so it survives a restart. */
export interface UploadFile {
  name: string
  size: number
  type: string
  path: string
}

export interface UploadRecord {
  key: string
  target: UploadTarget
  file: UploadFile
  status: UploadStatus
  /** The server's id, once `done`. */
  fileId?: string
  attempts: number
  /** Why the last attempt failed, in the residents' words, and whether trying again can help. */
  failure?: { message: Localized; retryable: boolean }
}

export type UploadEvent =
  | { type: 'start' }
  | { type: 'succeed'; fileId: string }
  | { type: 'fail'; message: Localized; retryable: boolean }
  /** The app restarted: what was in flight, or failed for a passing reason, goes again with its own key. */
  | { type: 'resume' }
  /** The resident asked to try a failed upload again. */
  | { type: 'retry' }

export class IllegalUploadTransitionError extends Error {
  constructor(
    readonly from: UploadStatus,
    readonly event: UploadEvent['type'],
  ) {
    super(`An upload cannot take "${event}" when it is ${from}`)
    this.name = 'IllegalUploadTransitionError'
  }
}

export const newUploadRecord = (key: string, target: UploadTarget, file: UploadFile): UploadRecord => ({
  key, target, file, status: 'pending', attempts: 0,
})

/** The next record for an event; an event that makes no sense in a status is a typed error. */
export const transitionUpload = (record: UploadRecord, event: UploadEvent): UploadRecord => {
  const illegal = () => new IllegalUploadTransitionError(record.status, event.type)
  const { failure: _failure, ...withoutFailure } = record
  switch (event.type) {
    case 'start':
      if (record.status !== 'pending') throw illegal()
      return { ...withoutFailure, status: 'uploading', attempts: record.attempts + 1 }
    case 'succeed':
      if (record.status === 'done' && record.fileId === event.fileId) return record
      if (record.status !== 'uploading') throw illegal()
      return { ...withoutFailure, status: 'done', fileId: event.fileId }
    case 'fail':
      if (record.status !== 'uploading') throw illegal()
      return { ...record, status: 'failed', failure: { message: event.message, retryable: event.retryable } }
    case 'resume':
      if (record.status === 'uploading') return { ...record, status: 'pending' }
      if (record.status === 'failed' && record.failure?.retryable) return { ...withoutFailure, status: 'pending' }
      return record
    case 'retry':
      if (record.status !== 'failed') throw illegal()
      return { ...withoutFailure, status: 'pending' }
  }
}
