/**
 * Declarative scenarios (kind `form`): the definition format, its schema and
 * the parser both the build and the device use. Small on purpose: it ships in
 * the renderer's weapp subpackage (zod/mini).
 */
export { parseScenario, type ScenarioParseResult } from './parse'
export { formatScenarioProblem, type ScenarioProblem } from './issues'
export { scenarioSchema } from './schema'
export type {
  Condition, Scenario, ScenarioDefinition, ScenarioField, ScenarioItem, ScenarioMaterial, ScenarioPrefill, ScenarioStep, ScenarioSubject,
} from './schema'
export * from './vocabulary'
