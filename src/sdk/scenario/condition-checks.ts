import type * as z from 'zod/mini'
import type { Condition } from './parts'
import type { scenarioShape } from './schema'

type Shape = z.output<typeof scenarioShape>
type Step = Shape['steps'][number]
type Field = Step['fields'][number]
type Path = (string | number)[]
interface Problem {
  path: Path
  message: string
}

/** Every field of a scenario by id, with its step and where it sits in the definition. */
export type FieldIndex = Map<string, { field: Field; step: Step; path: Path }>

const q = JSON.stringify

/** The fields a condition reads, with the path of each reference. */
export const conditionRefs = (condition: Condition, path: Path): { field: string; values: (string | number)[]; path: Path }[] => {
  if ('not' in condition) return conditionRefs(condition.not, [...path, 'not'])
  if ('all' in condition) return condition.all.flatMap((c, i) => conditionRefs(c, [...path, 'all', i]))
  if ('any' in condition) return condition.any.flatMap((c, i) => conditionRefs(c, [...path, 'any', i]))
  const values = 'equals' in condition ? [condition.equals] : 'in' in condition ? condition.in : []
  return [{ field: condition.field, values, path }]
}

/** A value compared with a select must be one of its options, or the condition could never hold. */
const valueProblems = (field: Field, values: (string | number)[], path: Path): Problem[] => {
  if (field.type !== 'select') return []
  const options = field.options.map((o) => o.value)
  return values
    .filter((v) => !options.includes(String(v)))
    .map((v) => ({ path, message: `compares ${q(field.id)} with ${q(v)}, which is not one of its options (${options.join(', ')})` }))
}

/** Visibility that depends on itself, directly or through other fields, has no answer. */
const visibilityCycles = (fields: FieldIndex): Problem[] => {
  const dependsOn = new Map<string, string[]>()
  for (const { field, step } of fields.values()) {
    // A field naming itself is reported on its own; here only chains through others.
    const own = field.visibleWhen ? conditionRefs(field.visibleWhen, []).filter((r) => r.field !== field.id) : []
    const ofStep = step.visibleWhen ? conditionRefs(step.visibleWhen, []) : []
    dependsOn.set(field.id, [...own, ...ofStep].map((r) => r.field).filter((id) => fields.has(id)))
  }
  const state = new Map<string, 'active' | 'done'>()
  const problems: Problem[] = []
  const visit = (id: string, trail: string[]): void => {
    state.set(id, 'active')
    for (const next of dependsOn.get(id) ?? []) {
      if (state.get(next) === 'active') {
        const cycle = [...trail.slice(trail.indexOf(next)), next]
        const entry = fields.get(id)
        if (entry) problems.push({ path: [...entry.path, 'visibleWhen'], message: `makes visibility depend on itself: ${cycle.join(' → ')}` })
      } else if (!state.has(next)) visit(next, [...trail, next])
    }
    state.set(id, 'done')
  }
  for (const id of fields.keys()) if (!state.has(id)) visit(id, [id])
  return problems
}

/** Each condition must read existing fields, never its own field, and compare selects with their options. */
export const conditionProblems = (conditions: { condition: Condition; path: Path; self?: string }[], fields: FieldIndex): Problem[] => [
  ...conditions.flatMap(({ condition, path, self }) =>
    conditionRefs(condition, path).flatMap((ref) => {
      const target = fields.get(ref.field)
      if (ref.field === self) return [{ path: [...ref.path, 'field'], message: 'names the field itself; a field cannot depend on its own answer' }]
      if (!target) return [{ path: [...ref.path, 'field'], message: `names ${q(ref.field)}, which is not a field of this scenario` }]
      return valueProblems(target.field, ref.values, ref.path)
    }),
  ),
  ...visibilityCycles(fields),
]
