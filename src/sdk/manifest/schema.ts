import semver from 'semver'
import { z } from 'zod'
import {
  CATEGORIES,
  IDENTITY_LEVELS,
  KINDS,
  REGION_CODES,
  SCOPES,
  SUPPORTED_KINDS,
  TARGETS,
} from './vocabulary'

/**
 * The schema every `mini-apps/<id>/manifest.ts` is checked against at build
 * time. It runs in Node only: the runtime sees the generated catalogue.
 */

const KEBAB_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/
const PAGE_PATH = /^pages(\/[a-z0-9]+(-[a-z0-9]+)*)+$/
const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/
const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/

/** Ids that would collide with the shell's own API paths and routes. */
export const RESERVED_IDS = [
  'api', 'auth', 'identity', 'consent', 'payments', 'catalogue', 'applications',
  'messages', 'mock', 'pages', 'sdk', 'shell', 'generated',
]

const oneOf = (values: readonly string[], what: string) => ({
  error: (issue: { input?: unknown }) =>
    `unknown ${what} ${JSON.stringify(issue.input)}; expected one of: ${values.join(', ')}`,
})

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`)

const localized = (zhMax: number, enMax: number) =>
  z.strictObject({ 'zh-CN': text(zhMax), en: text(enMax) })

const uniqueBy = <T>(key: (item: T) => string, what: string) =>
  (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>()
    items.forEach((item, index) => {
      const k = key(item)
      if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [index], message: `duplicate ${what} ${JSON.stringify(k)}` })
      seen.add(k)
    })
  }

const pageSchema = z.strictObject({
  path: z.string().regex(PAGE_PATH, 'must look like "pages/<name>" in kebab-case, without a file extension'),
  title: localized(16, 40),
  /** A page may ask for a higher identity level than its mini-app. */
  level: z.enum(IDENTITY_LEVELS, oneOf(IDENTITY_LEVELS, 'identity level')).optional(),
})

const permissionSchema = z.strictObject({
  scope: z.enum(SCOPES, oneOf(SCOPES, 'scope')),
  /** Shown to residents when the mini-app first asks for the scope. */
  reason: localized(60, 160),
})

const manifestShape = {
  id: z
    .string()
    .min(2, 'must be at least 2 characters')
    .max(32, 'must be at most 32 characters')
    .regex(KEBAB_ID, 'must be kebab-case: lower-case letters and digits joined by single hyphens')
    .refine((id) => !RESERVED_IDS.includes(id), { error: 'is reserved by the shell' }),
  version: z.string().refine((v) => semver.valid(v) === v, { error: 'must be a semantic version such as 1.2.0' }),
  kind: z
    .enum(KINDS, oneOf(KINDS, 'kind'))
    .refine((kind) => SUPPORTED_KINDS.includes(kind), {
      error: `is reserved for a later shell; this shell serves: ${SUPPORTED_KINDS.join(', ')}`,
    }),
  name: localized(12, 40),
  description: localized(80, 240),
  department: localized(40, 120),
  category: z.enum(CATEGORIES, oneOf(CATEGORIES, 'category')),
  icon: z.strictObject({
    glyph: z.string().min(1, 'must not be empty').max(2, 'must be one or two characters'),
    color: z.string().regex(HEX_COLOUR, 'must be a colour such as #1677ff'),
  }),
  /** A native mini-app's pages; a form scenario has none (the shell renders it). */
  pages: z.array(pageSchema).min(1, 'must list at least one page').max(40, 'must list at most 40 pages')
    .superRefine(uniqueBy((p) => p.path, 'page')).optional(),
  entry: z.string().min(1, 'must name the page a resident lands on').optional(),
  permissions: z.array(permissionSchema).superRefine(uniqueBy((p) => p.scope, 'scope')),
  level: z.enum(IDENTITY_LEVELS, oneOf(IDENTITY_LEVELS, 'identity level')),
  targets: z.array(z.enum(TARGETS, oneOf(TARGETS, 'target'))).min(1, 'must name at least one target')
    .superRefine(uniqueBy((t) => t, 'target')),
  regions: z.array(z.enum(REGION_CODES, oneOf(REGION_CODES, 'region code'))).min(1, 'must name at least one region')
    .superRefine(uniqueBy((r) => r, 'region')),
  shell: z.string().refine((range) => semver.validRange(range) !== null, {
    error: 'must be a semver range such as ^1.0.0',
  }),
  allowedDomains: z.array(z.string().regex(HOSTNAME, 'must be a lower-case host name such as api.example.gov.cn'))
    .default([]),
}

type Shape = z.output<z.ZodObject<typeof manifestShape>>
type ShapeIn = z.input<z.ZodObject<typeof manifestShape>>

/** A native mini-app: its own pages, in its own subpackage. */
export type NativeManifest = Omit<Shape, 'kind' | 'pages' | 'entry'> & { kind: 'native'; pages: NonNullable<Shape['pages']>; entry: string }
/** A form scenario: no pages and no code; `mini-apps/<id>/scenario.ts` declares what the shell renders. */
export type FormManifest = Omit<Shape, 'kind' | 'pages' | 'entry'> & { kind: 'form' }

/** Fields only one kind may have, and who says so. */
const kindProblems = (manifest: Shape, ctx: z.RefinementCtx): void => {
  const issue = (field: 'pages' | 'entry', message: string) => ctx.addIssue({ code: 'custom', path: [field], message })
  if (manifest.kind === 'native') {
    if (!manifest.pages) issue('pages', 'is required')
    if (manifest.entry === undefined) issue('entry', 'is required')
    else if (manifest.pages && !manifest.pages.some((page) => page.path === manifest.entry)) {
      issue('entry', `names ${JSON.stringify(manifest.entry)}, which is not one of the pages`)
    }
  }
  if (manifest.kind === 'form') {
    const why = 'a form scenario has no pages of its own: the shell renders it from scenario.ts; remove it'
    if (manifest.pages) issue('pages', why)
    if (manifest.entry !== undefined) issue('entry', why)
  }
}

export const manifestSchema = z
  .strictObject(manifestShape)
  .superRefine(kindProblems)
  .transform((manifest) => manifest as NativeManifest | FormManifest)

/** What a department writes in `manifest.ts`: a native mini-app with pages, or a form scenario without. */
export type MiniAppManifest =
  | (Omit<ShapeIn, 'kind' | 'pages' | 'entry'> & { kind: 'native'; pages: NonNullable<ShapeIn['pages']>; entry: string })
  | (Omit<ShapeIn, 'kind' | 'pages' | 'entry'> & { kind: 'form'; pages?: never; entry?: never })
/** A manifest after validation, with defaults filled in. */
export type ValidManifest = NativeManifest | FormManifest

/** Narrows a valid manifest to a native one, which has pages and a subpackage. */
export const isNativeManifest = (manifest: ValidManifest): manifest is NativeManifest => manifest.kind === 'native'
