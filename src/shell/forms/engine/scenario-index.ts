import type { Scenario, ScenarioField, ScenarioMaterial, ScenarioStep } from '../../../sdk/scenario'

export interface ScenarioIndex {
  field: Map<string, { field: ScenarioField; step: ScenarioStep }>
  step: Map<string, ScenarioStep>
  material: Map<string, ScenarioMaterial>
  /** The step that collects each material (the schema makes it exactly one). */
  stepOfMaterial: Map<string, ScenarioStep>
}

const cache = new WeakMap<Scenario, ScenarioIndex>()

/** Lookups by id, built once per (immutable) definition. */
export const indexOf = (scenario: Scenario): ScenarioIndex => {
  const cached = cache.get(scenario)
  if (cached) return cached
  const index: ScenarioIndex = {
    field: new Map(scenario.steps.flatMap((step) => step.fields.map((field) => [field.id, { field, step }] as const))),
    step: new Map(scenario.steps.map((step) => [step.id, step])),
    material: new Map(scenario.materials.map((m) => [m.id, m])),
    stepOfMaterial: new Map(scenario.steps.flatMap((step) => (step.materials ?? []).map((id) => [id, step] as const))),
  }
  cache.set(scenario, index)
  return index
}

/** The step a field belongs to; a typed error for an id the definition does not have. */
export const stepOf = (scenario: Scenario, stepId: string): ScenarioStep => {
  const step = indexOf(scenario).step.get(stepId)
  if (!step) throw new UnknownStepError(scenario.id, stepId)
  return step
}

export class UnknownStepError extends Error {
  constructor(
    readonly scenarioId: string,
    readonly stepId: string,
  ) {
    super(`Scenario ${scenarioId} has no step ${stepId}`)
    this.name = 'UnknownStepError'
  }
}
