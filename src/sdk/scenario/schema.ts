import * as z from 'zod/mini'
import { IDENTITY_LEVELS } from '../manifest/vocabulary'
import { crossProblems } from './checks'
import {
  conditionSchema, fieldSchema, kebabId, localized, nonEmpty, oneOf, uploadSpec,
} from './parts'
import { AUDIENCES, RELATIONS, TIME_UNITS } from './vocabulary'

/**
 * The schema of a declarative scenario (一件事一次办): `mini-apps/<id>/scenario.ts`
 * at build time, and every definition the backend serves, checked again on
 * the device before anything renders. One schema for both, so they agree.
 */

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/

/** A department's item that the one-stop merges, e.g. 出生医学证明 by 卫健委. */
const itemSchema = z.strictObject({
  id: kebabId,
  name: localized(30, 100),
  department: localized(40, 120),
})

/**
 * A task of the task list, named with a verb. It serves some items, may wait
 * for other steps (`after`: "cannot start yet"), asks for fields, and
 * collects some of the shared materials: each material in exactly one step.
 */
const stepSchema = z.strictObject({
  id: kebabId,
  title: localized(20, 60),
  items: nonEmpty(kebabId, 'item', 20),
  after: z.optional(z.array(kebabId)),
  visibleWhen: z.optional(conditionSchema),
  fields: z._default(z.array(fieldSchema).check(z.maxLength(40, 'must list at most 40 fields')), []),
  materials: z.optional(nonEmpty(kebabId, 'material', 30)),
})

/**
 * One of the ONE shared set of materials: listed once however many items
 * need it, so a resident uploads it once. `neededWhen` makes it conditional.
 */
const materialSchema = z.strictObject({
  id: kebabId,
  name: localized(30, 100),
  hint: z.optional(localized(200, 400)),
  items: nonEmpty(kebabId, 'item', 20),
  required: z._default(z.boolean(), true),
  neededWhen: z.optional(conditionSchema),
  ...uploadSpec,
})

const subjectSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('self') }),
  /** Done for a family member through the family feature, e.g. a newborn child. */
  z.strictObject({ kind: z.literal('family-member'), relations: nonEmpty(oneOf(RELATIONS, 'relation'), 'relation', 3) }),
  /** Done by an agent for the enterprise identified by its USCC. */
  z.strictObject({ kind: z.literal('enterprise') }),
], { error: 'must be {kind: "self"}, {kind: "family-member", relations} or {kind: "enterprise"}' })

const positive = z.int().check(z.gte(1, 'must be at least 1'))

export const scenarioShape = z.strictObject({
  id: kebabId,
  version: z.string().check(z.regex(SEMVER, 'must be a semantic version such as 1.2.0')),
  title: localized(30, 80),
  summary: localized(200, 500),
  audience: oneOf(AUDIENCES, 'audience'),
  level: oneOf(IDENTITY_LEVELS, 'identity level'),
  subject: subjectSchema,
  /** Paid through the payment shell before the case goes to the departments. */
  fee: z.optional(z.strictObject({ amountFen: positive, payee: localized(40, 120), description: localized(60, 160) })),
  /** Shown on the confirmation page. */
  whatHappensNext: localized(300, 800),
  /** The promised time limit (办结时限), e.g. 5–20 minutes or 10 working days. */
  timeLimit: z.strictObject({ min: z.optional(positive), max: positive, unit: oneOf(TIME_UNITS, 'time unit'), note: z.optional(localized(60, 160)) }),
  items: nonEmpty(itemSchema, 'item', 20),
  steps: nonEmpty(stepSchema, 'step', 30),
  materials: z._default(z.array(materialSchema).check(z.maxLength(30, 'must list at most 30 materials')), []),
  /** The stages a case goes through, as data the backend reports progress in. */
  stages: z.optional(nonEmpty(z.strictObject({ id: kebabId, label: localized(12, 40), hint: z.optional(localized(60, 160)) }), 'stage', 12)),
})

/** The shape, then the references between its parts (ids, `after` cycles, conditions, scopes). */
export const scenarioSchema = scenarioShape.check(
  z.superRefine((scenario, ctx) => {
    for (const problem of crossProblems(scenario)) {
      ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message, input: scenario })
    }
  }),
)

/** What a department writes in `mini-apps/<id>/scenario.ts` (`satisfies ScenarioDefinition`). */
export type ScenarioDefinition = z.input<typeof scenarioSchema>
/** A definition after validation, with defaults filled in: what the engine works on. */
export type Scenario = z.output<typeof scenarioSchema>
export type ScenarioStep = Scenario['steps'][number]
export type ScenarioField = ScenarioStep['fields'][number]
export type ScenarioItem = Scenario['items'][number]
export type ScenarioMaterial = Scenario['materials'][number]
export type ScenarioPrefill = NonNullable<ScenarioField['prefill']>
export type ScenarioSubject = Scenario['subject']
export type { Condition } from './parts'
