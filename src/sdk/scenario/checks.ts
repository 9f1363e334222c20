import type * as z from 'zod/mini'
import type { Condition } from './parts'
import { conditionProblems, type FieldIndex } from './condition-checks'
import type { scenarioShape } from './schema'
import { CERTIFICATE_SCOPE, identityScope } from './vocabulary'

type Shape = z.output<typeof scenarioShape>
export type Path = (string | number)[]
export interface CrossProblem {
  path: Path
  message: string
}

const q = JSON.stringify

/** Every id must be unique within its list; the second use is the problem. */
const duplicates = (ids: { id: string; path: Path }[], what: string): CrossProblem[] => {
  const seen = new Set<string>()
  return ids.flatMap(({ id, path }) => {
    if (!seen.has(id)) return (seen.add(id), [])
    return [{ path, message: `duplicate ${what} id ${q(id)}` }]
  })
}

/** Steps waiting for each other would never start: report the `after` that closes a cycle. */
const afterCycles = (steps: Shape['steps']): CrossProblem[] => {
  const index = new Map(steps.map((s, i) => [s.id, i]))
  const state = new Map<string, 'active' | 'done'>()
  const problems: CrossProblem[] = []
  const visit = (id: string, trail: string[]): void => {
    state.set(id, 'active')
    const i = index.get(id) ?? 0
    steps[i].after?.forEach((next, k) => {
      if (!index.has(next)) return // an unknown step is a reference problem
      if (state.get(next) === 'active') {
        const cycle = [...trail.slice(trail.indexOf(next)), next]
        problems.push({ path: ['steps', i, 'after', k], message: `makes a cycle: ${cycle.join(' → ')}; a step cannot wait for itself` })
      } else if (!state.has(next)) visit(next, [...trail, next])
    })
    state.set(id, 'done')
  }
  steps.forEach((s) => state.has(s.id) || visit(s.id, [s.id]))
  return problems
}

const fieldsOf = (scenario: Shape): FieldIndex =>
  new Map(scenario.steps.flatMap((step, i) => step.fields.map((field, j) => [field.id, { field, step, path: ['steps', i, 'fields', j] as Path }])))

const prefillProblems = (scenario: Shape, fields: FieldIndex): CrossProblem[] =>
  [...fields.values()].flatMap(({ field, path }) => {
    const prefill = field.prefill
    if (!prefill) return []
    const at = [...path, 'prefill']
    if (field.type === 'upload') return [{ path: at, message: 'an upload cannot be prefilled; the resident chooses the file' }]
    if (prefill.from === 'answer') {
      if (prefill.field === field.id) return [{ path: [...at, 'field'], message: 'names the field itself' }]
      return fields.has(prefill.field) ? [] : [{ path: [...at, 'field'], message: `names ${q(prefill.field)}, which is not a field of this scenario` }]
    }
    if (prefill.from === 'identity') {
      if (prefill.of === 'subject' && scenario.subject.kind !== 'family-member') {
        return [{ path: [...at, 'of'], message: 'reads the family member acted for, but the subject is not a family member' }]
      }
      const wanted = identityScope(prefill.attribute, prefill.of)
      return prefill.scope === wanted ? [] : [{ path: [...at, 'scope'], message: `must be ${q(wanted)} to read ${prefill.of === 'subject' ? "the family member's" : "the resident's"} ${prefill.attribute}` }]
    }
    return prefill.scope === CERTIFICATE_SCOPE ? [] : [{ path: [...at, 'scope'], message: `must be ${q(CERTIFICATE_SCOPE)} to read the wallet's certificates` }]
  })

const rangeProblems = (scenario: Shape, fields: FieldIndex): CrossProblem[] => {
  const problems: CrossProblem[] = []
  const tl = scenario.timeLimit
  if (tl.min !== undefined && tl.min > tl.max) problems.push({ path: ['timeLimit', 'min'], message: `is more than max (${tl.max})` })
  for (const { field, path } of fields.values()) {
    if (field.type === 'number' && field.min !== undefined && field.max !== undefined && field.min > field.max) problems.push({ path: [...path, 'min'], message: `is more than max (${field.max})` })
    if (field.type === 'text' && field.minLength !== undefined && field.maxLength !== undefined && field.minLength > field.maxLength) problems.push({ path: [...path, 'minLength'], message: `is more than maxLength (${field.maxLength})` })
    if (field.type === 'date' && field.earliest && field.latest) {
      const e = field.earliest, l = field.latest
      const after = 'date' in e && 'date' in l ? e.date > l.date : 'daysFromToday' in e && 'daysFromToday' in l && e.daysFromToday > l.daysFromToday
      if (after) problems.push({ path: [...path, 'earliest'], message: 'is after latest: no date could be valid' })
    }
    if (field.type === 'text' && field.pattern) {
      try {
        new RegExp(field.pattern.regex)
      } catch {
        problems.push({ path: [...path, 'pattern', 'regex'], message: 'is not a valid regular expression' })
      }
    }
    if (field.type === 'select') problems.push(...duplicates(field.options.map((o, k) => ({ id: o.value, path: [...path, 'options', k, 'value'] })), 'option'))
  }
  return problems
}

/** References between parts: each must name something that exists, and materials are collected once. */
const referenceProblems = (scenario: Shape, fields: FieldIndex): CrossProblem[] => {
  const items = new Set(scenario.items.map((i) => i.id))
  const steps = new Set(scenario.steps.map((s) => s.id))
  const materials = new Set(scenario.materials.map((m) => m.id))
  const problems: CrossProblem[] = []
  const ref = (set: Set<string>, what: string, id: string, path: Path) => {
    if (!set.has(id)) problems.push({ path, message: `names ${q(id)}, which is not ${what} of this scenario` })
  }
  const collectedBy = new Map<string, string>()
  scenario.steps.forEach((step, i) => {
    step.items.forEach((id, k) => ref(items, 'an item', id, ['steps', i, 'items', k]))
    step.after?.forEach((id, k) => ref(steps, 'a step', id, ['steps', i, 'after', k]))
    step.materials?.forEach((id, k) => {
      ref(materials, 'a material', id, ['steps', i, 'materials', k])
      const earlier = collectedBy.get(id)
      if (earlier) problems.push({ path: ['steps', i, 'materials', k], message: `is already collected by step ${q(earlier)}; each material is uploaded once` })
      else collectedBy.set(id, step.id)
    })
    if (step.fields.length === 0 && !step.materials) problems.push({ path: ['steps', i, 'fields'], message: 'must list at least one field, or the step must collect materials' })
  })
  for (const { field, path } of fields.values()) field.items?.forEach((id, k) => ref(items, 'an item', id, [...path, 'items', k]))
  scenario.materials.forEach((material, i) => {
    material.items.forEach((id, k) => ref(items, 'an item', id, ['materials', i, 'items', k]))
    if (!collectedBy.has(material.id)) problems.push({ path: ['materials', i], message: `${q(material.id)} is not collected by any step; list it in one step's materials` })
  })
  const served = new Set(scenario.steps.flatMap((s) => s.items))
  scenario.items.forEach((item, i) => {
    if (!served.has(item.id)) problems.push({ path: ['items', i], message: `${q(item.id)} is not served by any step` })
  })
  return problems
}

/** Checks that need the whole definition: the schema runs them once the shape is right. */
export const crossProblems = (scenario: Shape): CrossProblem[] => {
  const fields = fieldsOf(scenario)
  const ids = [
    ...duplicates(scenario.items.map((x, i) => ({ id: x.id, path: ['items', i, 'id'] })), 'item'),
    ...duplicates(scenario.steps.map((x, i) => ({ id: x.id, path: ['steps', i, 'id'] })), 'step'),
    ...duplicates(scenario.materials.map((x, i) => ({ id: x.id, path: ['materials', i, 'id'] })), 'material'),
    ...duplicates((scenario.stages ?? []).map((x, i) => ({ id: x.id, path: ['stages', i, 'id'] })), 'stage'),
    ...duplicates(scenario.steps.flatMap((s, i) => s.fields.map((f, j) => ({ id: f.id, path: ['steps', i, 'fields', j, 'id'] }))), 'field'),
  ]
  const subject: CrossProblem[] = scenario.subject.kind === 'enterprise' && scenario.audience !== 'enterprise'
    ? [{ path: ['subject', 'kind'], message: 'is "enterprise", so the audience must be "enterprise" too' }]
    : []
  const conditions: { condition: Condition; path: Path; self?: string }[] = [
    ...[...fields.values()].flatMap(({ field, path }) => (field.visibleWhen ? [{ condition: field.visibleWhen, path: [...path, 'visibleWhen'], self: field.id }] : [])),
    ...scenario.steps.flatMap((s, i) => (s.visibleWhen ? [{ condition: s.visibleWhen, path: ['steps', i, 'visibleWhen'] }] : [])),
    ...scenario.materials.flatMap((m, i) => (m.neededWhen ? [{ condition: m.neededWhen, path: ['materials', i, 'neededWhen'] }] : [])),
  ]
  return [
    ...ids, ...subject, ...afterCycles(scenario.steps), ...referenceProblems(scenario, fields),
    ...conditionProblems(conditions, fields), ...prefillProblems(scenario, fields), ...rangeProblems(scenario, fields),
  ]
}
