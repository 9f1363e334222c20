import type { Localized } from '../../../sdk/manifest/catalogue'
import type { Answers, FormState, Position } from '../engine/types'
import type { UploadRecord } from './uploads'

/** A draft is kept this long after it was last saved, then removed. */
export const DRAFT_TTL_DAYS = 30
/** My shows a warning this many days before a draft expires. */
export const DRAFT_WARNING_DAYS = 3
const DAY_MS = 24 * 60 * 60 * 1000

/** Which draft: one per resident, scenario and (when acting for someone) subject. */
export interface DraftRef {
  /** An opaque id of the signed-in resident, never a phone or ID number: keys are not secret. */
  residentKey: string
  scenarioId: string
  /** The family member or enterprise acted for; absent when residents act for themselves. */
  subjectKey?: string
}

/** Everything needed to resume exactly where the resident was. */
export interface Draft extends DraftRef {
  v: 1
  scenarioVersion: string
  /** For My's list, without fetching the definition. */
  title: Localized
  answers: Answers
  materials: Record<string, string[]>
  savedSteps: string[]
  position: Position
  /** Every upload by its idempotency key, whatever its status. */
  uploads: Record<string, UploadRecord>
  createdAt: string
  updatedAt: string
}

export const DRAFT_KEY_PREFIX = 'forms:draft:v1:'

/** `forms:draft:v1:<resident>:<scenario>[:<subject>]`, each part encoded so a colon cannot forge another key. */
export const draftKey = ({ residentKey, scenarioId, subjectKey }: DraftRef): string =>
  DRAFT_KEY_PREFIX + [residentKey, scenarioId, ...(subjectKey ? [subjectKey] : [])].map(encodeURIComponent).join(':')

export const residentPrefix = (residentKey: string): string => `${DRAFT_KEY_PREFIX}${encodeURIComponent(residentKey)}:`

export const expiresAt = (draft: Pick<Draft, 'updatedAt'>): Date => new Date(Date.parse(draft.updatedAt) + DRAFT_TTL_DAYS * DAY_MS)

export type DraftFreshness = 'active' | 'expiring' | 'expired'

export const freshnessOf = (draft: Pick<Draft, 'updatedAt'>, now: Date): DraftFreshness => {
  const left = expiresAt(draft).getTime() - now.getTime()
  return left <= 0 ? 'expired' : left <= DRAFT_WARNING_DAYS * DAY_MS ? 'expiring' : 'active'
}

/** Whole days left, rounded up: "expires in 3 days". */
export const daysLeft = (draft: Pick<Draft, 'updatedAt'>, now: Date): number =>
  Math.max(0, Math.ceil((expiresAt(draft).getTime() - now.getTime()) / DAY_MS))

/** The engine's view of a draft: answers, materials, saved steps, and each file with its id once uploaded. */
export const formStateOf = (draft: Draft): FormState => ({
  answers: draft.answers,
  materials: draft.materials,
  savedSteps: draft.savedSteps,
  files: Object.fromEntries(
    Object.values(draft.uploads).map((u) => [u.key, { name: u.file.name, ...(u.status === 'done' && u.fileId ? { fileId: u.fileId } : {}) }]),
  ),
})

/** A stored value is a draft this code can resume (a newer app's format is left alone). */
export const isDraft = (value: unknown): value is Draft => {
  const d = value as Partial<Draft> | null
  return !!d && typeof d === 'object' && d.v === 1 && typeof d.scenarioId === 'string' && typeof d.updatedAt === 'string' &&
    typeof d.answers === 'object' && typeof d.uploads === 'object' && Array.isArray(d.savedSteps)
}
