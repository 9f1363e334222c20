import { formText } from '../locales'
import type { Localized } from '../../../sdk/manifest/catalogue'

/**
 * A draft change did not fit: over 1 MB for one draft, over the 10 MB of all
 * storage, or refused by the platform for lack of room. The previous saved
 * draft is untouched; `message` tells the resident so, in both languages.
 */
export class DraftQuotaError extends Error {
  readonly residentMessage: Localized
  constructor(
    readonly limit: 'entry' | 'total' | 'platform',
    /** The size the draft would have had, in bytes. */
    readonly bytes: number,
    readonly cause?: unknown,
  ) {
    const key = limit === 'entry' ? 'draftTooLarge' : 'storageFull'
    const residentMessage = { 'zh-CN': formText['zh-CN'][key], en: formText.en[key] }
    super(residentMessage['zh-CN'])
    this.name = 'DraftQuotaError'
    this.residentMessage = residentMessage
  }
}

/** Any other failed write (not for lack of room); the previous saved draft is untouched too. */
export class DraftStorageError extends Error {
  readonly residentMessage: Localized = { 'zh-CN': formText['zh-CN'].storageFailed, en: formText.en.storageFailed }
  constructor(readonly cause: unknown) {
    super(formText['zh-CN'].storageFailed)
    this.name = 'DraftStorageError'
  }
}

export const isDraftQuotaError = (e: unknown): e is DraftQuotaError => e instanceof DraftQuotaError
export const isDraftStorageError = (e: unknown): e is DraftStorageError => e instanceof DraftStorageError
