import type { Localized } from '../../../sdk/manifest/catalogue'
import type { FormState } from '../engine/types'
import {
  daysLeft, draftKey, expiresAt, formStateOf, freshnessOf, isDraft, residentPrefix,
  type Draft, type DraftRef,
} from './draft'
import { DraftQuotaError, DraftStorageError } from './errors'
import { isQuotaFailure, utf8Bytes, WECHAT_LIMITS, type DraftStorage, type StorageLimits } from './storage'

export interface DraftStoreOptions {
  storage: DraftStorage
  now?: () => Date
  limits?: StorageLimits
}

/** One line of My → drafts. */
export interface DraftListing {
  ref: DraftRef
  title: Localized
  updatedAt: string
  expiresAt: string
  /** `expiring`: within the warning days; show it. Expired drafts are removed, never listed. */
  status: 'active' | 'expiring'
  daysLeft: number
  savedSteps: number
}

/** The draft being filled in. Every save goes to storage first; the session follows only if it fits. */
export interface DraftSession {
  readonly draft: Draft
  /** The engine's view of the draft. */
  readonly state: FormState
  /**
   * Saves a change. If it does not fit (DraftQuotaError) or storage fails
   * (DraftStorageError), nothing changes: storage and `draft` keep the last save.
   */
  update(change: (draft: Draft) => Draft): Draft
  /** Deletes the draft, e.g. after a submission. */
  discard(): void
}

export interface DraftStore {
  /** Resumes this scenario's draft, or starts one. An expired draft is removed, not resumed. */
  open(ref: DraftRef, definition: { version: string; title: Localized }): DraftSession
  /** The saved draft, if there is one that has not expired. */
  load(ref: DraftRef): Draft | undefined
  /** The resident's drafts, newest first; expired ones are removed on the way. */
  list(residentKey: string): DraftListing[]
  remove(ref: DraftRef): void
}

const read = (storage: DraftStorage, key: string): unknown => {
  const raw = storage.getStorageSync(key)
  if (typeof raw !== 'string' || raw === '') return undefined
  try {
    return JSON.parse(raw) as unknown
  } catch {
    return undefined
  }
}

/**
 * Drafts that survive anything: written as JSON under one key per resident,
 * scenario and subject, size-checked against WeChat's limits before every
 * write, and never half-written — a refused save leaves the last one intact.
 */
export const createDraftStore = ({ storage, now = () => new Date(), limits = WECHAT_LIMITS }: DraftStoreOptions): DraftStore => {
  const write = (draft: Draft): void => {
    const key = draftKey(draft)
    const json = JSON.stringify(draft)
    const bytes = utf8Bytes(key) + utf8Bytes(json)
    if (bytes > limits.maxEntryBytes) throw new DraftQuotaError('entry', bytes)
    const info = storage.getStorageInfoSync()
    // H5 reports NaN: the browser's own quota error is the check there.
    if (Number.isFinite(info.currentSize)) {
      const previous = storage.getStorageSync(key)
      const previousBytes = typeof previous === 'string' && previous ? utf8Bytes(key) + utf8Bytes(previous) : 0
      const total = Math.min(limits.maxTotalBytes, Number.isFinite(info.limitSize) ? info.limitSize * 1024 : Infinity)
      if (info.currentSize * 1024 - previousBytes + bytes > total) throw new DraftQuotaError('total', bytes)
    }
    try {
      storage.setStorageSync(key, json)
    } catch (e: unknown) {
      throw isQuotaFailure(e) ? new DraftQuotaError('platform', bytes, e) : new DraftStorageError(e)
    }
  }

  const load = (ref: DraftRef): Draft | undefined => {
    const value = read(storage, draftKey(ref))
    if (!isDraft(value)) return undefined
    if (freshnessOf(value, now()) === 'expired') {
      storage.removeStorageSync(draftKey(ref))
      return undefined
    }
    return value
  }

  const remove = (ref: DraftRef) => storage.removeStorageSync(draftKey(ref))

  const open = (ref: DraftRef, definition: { version: string; title: Localized }): DraftSession => {
    const at = now().toISOString()
    const resumed = load(ref)
    let current: Draft = resumed
      ? { ...resumed, scenarioVersion: definition.version, title: definition.title }
      : {
          v: 1, residentKey: ref.residentKey, scenarioId: ref.scenarioId, ...(ref.subjectKey ? { subjectKey: ref.subjectKey } : {}),
          scenarioVersion: definition.version, title: definition.title,
          answers: {}, materials: {}, savedSteps: [], position: { view: 'task-list' }, uploads: {}, createdAt: at, updatedAt: at,
        }
    return {
      get draft() {
        return current
      },
      get state() {
        return formStateOf(current)
      },
      update(change) {
        const next = { ...change(current), updatedAt: now().toISOString() }
        write(next)
        current = next
        return current
      },
      discard() {
        remove(ref)
      },
    }
  }

  const list = (residentKey: string): DraftListing[] => {
    const at = now()
    const prefix = residentPrefix(residentKey)
    return storage
      .getStorageInfoSync()
      .keys.filter((key) => key.startsWith(prefix))
      .flatMap((key): DraftListing[] => {
        const value = read(storage, key)
        if (!isDraft(value)) return []
        const freshness = freshnessOf(value, at)
        if (freshness === 'expired') {
          storage.removeStorageSync(key)
          return []
        }
        const { residentKey: r, scenarioId, subjectKey } = value
        return [{
          ref: { residentKey: r, scenarioId, ...(subjectKey ? { subjectKey } : {}) },
          title: value.title, updatedAt: value.updatedAt, expiresAt: expiresAt(value).toISOString(),
          status: freshness, daysLeft: daysLeft(value, at), savedSteps: value.savedSteps.length,
        }]
      })
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  }

  return { open, load, list, remove }
}
