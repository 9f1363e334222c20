import * as z from 'zod/mini'
import { REGION_CODES, SCOPES } from '../manifest/vocabulary'
import {
  CERTIFICATE_ATTRIBUTES, CERTIFICATES, IDENTITY_ATTRIBUTES, MAX_UPLOAD_KB, UPLOAD_TYPES,
} from './vocabulary'

// WeChat forbids eval and `new Function`: never let zod probe for them or compile parsers with them.
z.config({ jitless: true })

/**
 * The building blocks of a scenario definition, written with `zod/mini` so
 * the same schema ships in the renderer's subpackage. Every check carries its
 * own message: zod/mini loads no locale, and authors need the reason.
 */

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/
const CAMEL = /^[a-z][a-zA-Z0-9]*$/
export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

/** A closed vocabulary, with a message that lists what is allowed. */
export const oneOf = <const T extends readonly string[]>(values: T, what: string) =>
  z.enum(values, {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined ? 'is required' : `unknown ${what} ${JSON.stringify(issue.input)}; expected one of: ${values.join(', ')}`,
  })

export const text = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(max, `must be at most ${max} characters`))

/** Residents' text: simplified Chinese first, English second. */
export const localized = (zhMax: number, enMax: number) => z.strictObject({ 'zh-CN': text(zhMax), en: text(enMax) })

/** Steps, items, materials and stages: kebab-case, like mini-app ids. */
export const kebabId = z.string().check(
  z.regex(KEBAB, 'must be kebab-case: lower-case letters and digits joined by single hyphens'),
  z.maxLength(40, 'must be at most 40 characters'),
)
/** Fields are camelCase: their ids are the keys of the submitted answers. */
export const fieldId = z.string().check(
  z.regex(CAMEL, 'must be camelCase: a lower-case letter, then letters and digits'),
  z.maxLength(40, 'must be at most 40 characters'),
)

export const nonEmpty = <T extends z.ZodMiniType>(item: T, what: string, max: number) =>
  z.array(item).check(z.minLength(1, `must list at least one ${what}`), z.maxLength(max, `must list at most ${max} ${what}s`))

const count = (min: number, max: number) =>
  z.int().check(z.gte(min, `must be at least ${min}`), z.lte(max, `must be at most ${max}`))

/**
 * When a field or step is shown, or a material needed: equals / in / answered
 * over other answers, combined with not / all / any. Data, never code: WeChat
 * forbids eval, and a definition served at run time must not run anything.
 */
export type Condition =
  | { field: string; equals: string | number }
  | { field: string; in: (string | number)[] }
  | { field: string; answered: boolean }
  | { not: Condition }
  | { all: Condition[] }
  | { any: Condition[] }

const scalar = z.union([z.string(), z.number()])
export const conditionSchema: z.ZodMiniType<Condition, Condition> = z.lazy(() =>
  z.union(
    [
      z.strictObject({ field: fieldId, equals: scalar }),
      z.strictObject({ field: fieldId, in: z.array(scalar).check(z.minLength(1, 'must list at least one value')) }),
      z.strictObject({ field: fieldId, answered: z.boolean() }),
      z.strictObject({ not: conditionSchema }),
      z.strictObject({ all: z.array(conditionSchema).check(z.minLength(1, 'must list at least one condition')) }),
      z.strictObject({ any: z.array(conditionSchema).check(z.minLength(1, 'must list at least one condition')) }),
    ],
    { error: 'is not a condition: use {field, equals}, {field, in}, {field, answered}, {not}, {all} or {any}' },
  ),
)

/**
 * Where a field's first value comes from. Identity and certificate prefill
 * name the consent scope they need, so the renderer runs them through the
 * consent flow and the build checks the manifest declares it.
 */
export const prefillSchema = z.discriminatedUnion('from', [
  z.strictObject({
    from: z.literal('identity'),
    attribute: oneOf(IDENTITY_ATTRIBUTES, 'identity attribute'),
    /** The resident (default), or the family member the resident acts for. */
    of: z._default(oneOf(['resident', 'subject'], 'identity holder'), 'resident'),
    scope: oneOf(SCOPES, 'scope'),
  }),
  z.strictObject({
    from: z.literal('certificate'),
    certificate: oneOf(CERTIFICATES, 'certificate'),
    attribute: oneOf(CERTIFICATE_ATTRIBUTES, 'certificate attribute'),
    scope: oneOf(SCOPES, 'scope'),
  }),
  z.strictObject({ from: z.literal('answer'), field: fieldId }),
], { error: (issue: { input?: unknown }) => `unknown prefill source ${JSON.stringify((issue.input as { from?: unknown } | undefined)?.from)}; expected one of: identity, certificate, answer` })

/** A photo (camera or album) or a file, with the types and size the department accepts. */
export const uploadSpec = {
  kind: oneOf(['photo', 'file'], 'upload kind'),
  accept: z.array(oneOf(UPLOAD_TYPES, 'file type')).check(z.minLength(1, 'must list at least one file type')),
  maxSizeKb: count(1, MAX_UPLOAD_KB),
  maxFiles: z._default(count(1, 9), 1),
}

/** Overrides of the shell's default messages, rule by rule. */
const messages = z.optional(z.strictObject({
  required: z.optional(localized(60, 160)),
  minLength: z.optional(localized(60, 160)),
  maxLength: z.optional(localized(60, 160)),
  min: z.optional(localized(60, 160)),
  max: z.optional(localized(60, 160)),
  earliest: z.optional(localized(60, 160)),
  latest: z.optional(localized(60, 160)),
  format: z.optional(localized(60, 160)),
}))

const fieldBase = {
  id: fieldId,
  label: localized(40, 120),
  hint: z.optional(localized(200, 400)),
  required: z._default(z.boolean(), true),
  visibleWhen: z.optional(conditionSchema),
  prefill: z.optional(prefillSchema),
  /** The items whose department receives this answer; the step's items when absent. */
  items: z.optional(nonEmpty(kebabId, 'item', 20)),
  messages,
}

/** A date bound: a fixed date, or days from today (0: today; -1: yesterday). */
const dateBound = z.union([
  z.strictObject({ date: z.string().check(z.regex(ISO_DATE, 'must be a date such as 2026-01-31')) }),
  z.strictObject({ daysFromToday: z.int() }),
], { error: 'must be {date: "YYYY-MM-DD"} or {daysFromToday: n}' })

const field = <T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
  z.strictObject({ ...fieldBase, type: z.literal(type), ...shape })

export const fieldSchema = z.discriminatedUnion('type', [
  field('text', {
    minLength: z.optional(count(1, 2000)),
    maxLength: z.optional(count(1, 2000)),
    multiline: z.optional(z.boolean()),
    pattern: z.optional(z.strictObject({ regex: z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(200, 'must be at most 200 characters')), message: localized(60, 160) })),
  }),
  field('number', { min: z.optional(z.number()), max: z.optional(z.number()), integer: z.optional(z.boolean()), unit: z.optional(localized(8, 20)) }),
  field('date', { earliest: z.optional(dateBound), latest: z.optional(dateBound) }),
  field('select', {
    options: nonEmpty(z.strictObject({ value: z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(40, 'must be at most 40 characters')), label: localized(40, 120) }), 'option', 100),
  }),
  field('region', { within: z.optional(nonEmpty(oneOf(REGION_CODES, 'region code'), 'region', 15)) }),
  field('address', { maxLength: z.optional(count(1, 200)) }),
  field('id-number', {}),
  field('phone', {}),
  field('uscc', {}),
  field('upload', uploadSpec),
], { error: (issue: { input?: unknown }) => `unknown field type ${JSON.stringify((issue.input as { type?: unknown } | undefined)?.type)}; expected one of: text, number, date, select, region, address, id-number, phone, uscc, upload` })
