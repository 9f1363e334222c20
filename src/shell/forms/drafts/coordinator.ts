import type { Localized } from '../../../sdk/manifest/catalogue'
import { formText } from '../locales'
import type { Draft } from './draft'
import type { DraftSession } from './store'
import { newUploadRecord, transitionUpload, type UploadEvent, type UploadFile, type UploadRecord, type UploadTarget } from './uploads'

/**
 * What the injected `upload` throws when the server refuses a file: its
 * residents' message, and whether sending the same file again could help
 * (a timeout could; a wrong file type could not). Anything else it throws is
 * taken as a passing failure, to be retried.
 */
export class UploadFailure extends Error {
  constructor(
    readonly residentMessage: Localized,
    readonly retryable: boolean,
  ) {
    super(residentMessage['zh-CN'])
    this.name = 'UploadFailure'
  }
}

export interface UploadCoordinatorOptions {
  session: DraftSession
  /** Sends one file with its idempotency key; the same key must always get the same file id. */
  upload: (file: UploadFile, key: string) => Promise<{ fileId: string }>
  /** A new idempotency key; unique per upload, kept across restarts in the draft. */
  newKey?: () => string
}

export interface UploadCoordinator {
  /** Records the file in the draft (saved before anything is sent), then sends it. */
  add(target: UploadTarget, file: UploadFile): Promise<UploadRecord>
  /** After a restart: sends again, with their own keys, the uploads that were in flight or failed for a passing reason. */
  resume(): Promise<UploadRecord[]>
  /** Sends a failed upload again, with its own key. */
  retry(key: string): Promise<UploadRecord>
  /** Takes a file out of the draft (and of its material or field). */
  remove(key: string): void
}

const PASSING_FAILURE: Localized = { 'zh-CN': formText['zh-CN'].uploadFailed, en: formText.en.uploadFailed }

/** A key no other upload of this device will have; no crypto API is needed (WeChat's logic layer has none). */
export const randomUploadKey = (): string =>
  `up-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}${Math.random().toString(36).slice(2, 6)}`

const attach = (draft: Draft, record: UploadRecord): Draft => {
  const { target, key } = record
  if (target.kind === 'material') {
    return { ...draft, materials: { ...draft.materials, [target.materialId]: [...(draft.materials[target.materialId] ?? []), key] } }
  }
  const current = draft.answers[target.fieldId]
  return { ...draft, answers: { ...draft.answers, [target.fieldId]: [...(Array.isArray(current) ? current : []), key] } }
}

const detach = (draft: Draft, key: string): Draft => {
  const record = draft.uploads[key]
  const { [key]: _removed, ...uploads } = draft.uploads
  if (!record) return draft
  const without = (keys: unknown) => (Array.isArray(keys) ? keys.filter((k) => k !== key) : keys)
  if (record.target.kind === 'material') {
    const { materialId } = record.target
    return { ...draft, uploads, materials: { ...draft.materials, [materialId]: without(draft.materials[materialId]) as string[] } }
  }
  const { fieldId } = record.target
  return { ...draft, uploads, answers: { ...draft.answers, [fieldId]: without(draft.answers[fieldId]) as string[] } }
}

/**
 * Uploads that are never lost or sent twice: each is saved in the draft with
 * its key before sending, its progress saved at every step, and its file id
 * kept once the server answers. A save that does not fit stops the upload
 * before anything is sent (the error tells the resident why).
 */
export const createUploadCoordinator = ({ session, upload, newKey = randomUploadKey }: UploadCoordinatorOptions): UploadCoordinator => {
  const inFlight = new Map<string, Promise<UploadRecord>>()

  /** Applies an event to a record still in the draft and saves it; a removed record stays removed. */
  const apply = (key: string, event: UploadEvent): UploadRecord | undefined => {
    const record = session.draft.uploads[key]
    if (!record) return undefined
    const next = transitionUpload(record, event)
    if (next !== record) session.update((draft) => ({ ...draft, uploads: { ...draft.uploads, [key]: next } }))
    return next
  }

  const send = (key: string): Promise<UploadRecord> => {
    const running = inFlight.get(key)
    if (running) return running
    const started = apply(key, { type: 'start' })
    if (!started) return Promise.reject(new Error(`No upload ${key} in the draft`))
    const run = upload(started.file, key)
      .then(
        ({ fileId }) => apply(key, { type: 'succeed', fileId }),
        (e: unknown) => {
          const failure = e instanceof UploadFailure ? e : new UploadFailure(PASSING_FAILURE, true)
          return apply(key, { type: 'fail', message: failure.residentMessage, retryable: failure.retryable })
        },
      )
      .then((record) => record ?? started)
      .finally(() => inFlight.delete(key))
    inFlight.set(key, run)
    return run
  }

  return {
    async add(target, file) {
      const record = newUploadRecord(newKey(), target, file)
      session.update((draft) => attach({ ...draft, uploads: { ...draft.uploads, [record.key]: record } }, record))
      return send(record.key)
    },
    async resume() {
      const waiting = Object.values(session.draft.uploads).filter((u) => !inFlight.has(u.key))
      const again = waiting.flatMap((u) => {
        const next = apply(u.key, { type: 'resume' })
        return next?.status === 'pending' ? [u.key] : []
      })
      return Promise.all(again.map(send))
    },
    async retry(key) {
      apply(key, { type: 'retry' })
      return send(key)
    },
    remove(key) {
      session.update((draft) => detach(draft, key))
    },
  }
}
