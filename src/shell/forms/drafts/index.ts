/**
 * Drafts that survive anything: storage-injected, size-checked saves that
 * never lose the last good one, resumption after a kill, listing with
 * expiry, and uploads that are recorded before they are sent.
 */
export {
  DRAFT_TTL_DAYS, DRAFT_WARNING_DAYS, daysLeft, draftKey, expiresAt, formStateOf, freshnessOf,
  type Draft, type DraftFreshness, type DraftRef,
} from './draft'
export { DraftQuotaError, DraftStorageError, isDraftQuotaError, isDraftStorageError } from './errors'
export { isQuotaFailure, utf8Bytes, WECHAT_LIMITS, type DraftStorage, type StorageLimits } from './storage'
export { createDraftStore, type DraftListing, type DraftSession, type DraftStore, type DraftStoreOptions } from './store'
export {
  IllegalUploadTransitionError, newUploadRecord, transitionUpload,
  type UploadEvent, type UploadFile, type UploadRecord, type UploadStatus, type UploadTarget,
} from './uploads'
export { createUploadCoordinator, randomUploadKey, UploadFailure, type UploadCoordinator, type UploadCoordinatorOptions } from './coordinator'
