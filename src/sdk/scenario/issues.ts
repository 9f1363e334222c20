import type * as z from 'zod/mini'

/** One reason a definition was refused: the field path (e.g. `steps[1].fields[0].label.en`) and why. */
export interface ScenarioProblem {
  field: string
  reason: string
}

type Issue = z.core.$ZodIssue

/** `['steps', 1, 'fields', 0]` → `steps[1].fields[0]`. */
export const fieldPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '') || '(scenario)'

const bound = (issue: { origin?: string }, limit: number | bigint, word: 'least' | 'most'): string => {
  if (issue.origin === 'string') return word === 'least' && Number(limit) === 1 ? 'must not be empty' : `must be at ${word} ${limit} characters`
  if (issue.origin === 'array') return `must list at ${word} ${limit}`
  return `must be at ${word} ${limit}`
}

/**
 * The reasons for issues whose check carries no message of its own, passed to
 * every parse: zod/mini loads no locale, and whether the full zod (with its
 * English locale) is loaded too must not change what authors read.
 */
export const defaultReason = (issue: z.core.$ZodRawIssue): string => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is required' : `must be ${issue.expected === 'int' ? 'a whole number' : `of type ${issue.expected}`}`
    case 'too_small':
      return bound(issue, issue.minimum, 'least')
    case 'too_big':
      return bound(issue, issue.maximum, 'most')
    case 'invalid_value':
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`
    default:
      return 'is not valid here'
  }
}

/**
 * When no option of a union fits, the option that got furthest (its deepest
 * issue) is what the author meant: report its issues, not "no option fits".
 */
const likelyBranch = (branches: readonly (readonly Issue[])[]): readonly Issue[] | undefined => {
  const depth = (issues: readonly Issue[]) => Math.max(0, ...issues.map((i) => i.path.length))
  const depths = branches.map(depth)
  const best = Math.max(...depths)
  return best > 1 && depths.filter((d) => d === best).length === 1 ? branches[depths.indexOf(best)] : undefined
}

/** Flattens zod's issues into one problem per field, unknown keys named one by one. */
export const problemsOf = (issues: readonly Issue[], prefix: readonly PropertyKey[] = []): ScenarioProblem[] =>
  issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path]
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: fieldPath([...path, key]), reason: 'is not a field of a scenario definition (check its spelling)' }))
    }
    const branch = issue.code === 'invalid_union' ? likelyBranch(issue.errors) : undefined
    return branch ? problemsOf(branch, path) : [{ field: fieldPath(path), reason: issue.message }]
  })

export const formatScenarioProblem = (p: ScenarioProblem): string => `${p.field}: ${p.reason}`
