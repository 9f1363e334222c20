import { defaultReason, problemsOf, type ScenarioProblem } from './issues'
import { scenarioSchema, type Scenario } from './schema'

export type ScenarioParseResult = { ok: true; scenario: Scenario } | { ok: false; problems: ScenarioProblem[] }

/**
 * Checks a definition against the schema and its cross-references. Used by
 * the build on `scenario.ts` and by the device on every served definition
 * before anything renders; a refusal lists each field path and reason.
 */
export const parseScenario = (input: unknown): ScenarioParseResult => {
  // reportInput lets a missing field be told apart from a wrong type.
  const result = scenarioSchema.safeParse(input, { reportInput: true, error: defaultReason })
  return result.success ? { ok: true, scenario: result.data } : { ok: false, problems: problemsOf(result.error.issues) }
}
