import type { FormManifest, ValidManifest } from '../../src/sdk/manifest/schema'
import type { Scope } from '../../src/sdk/manifest/vocabulary'
import { parseScenario, type Scenario } from '../../src/sdk/scenario'
import { purityProblems } from './purity'
import type { ManifestProblem, ManifestSource, ModuleSource } from './types'

/**
 * A form manifest's `scenario.ts`: the shared schema first (what the device
 * checks too), then what only the build knows — that the definition agrees
 * with its manifest and uses only the scopes the manifest declares.
 */

/** Where a definition reaches for a scope, and why: the scope must be declared in the manifest. */
const scopeUses = (scenario: Scenario): { scope: Scope; field: string; why: string }[] => [
  ...scenario.steps.flatMap((step, i) =>
    step.fields.flatMap((field, j) =>
      field.prefill && field.prefill.from !== 'answer'
        ? [{ scope: field.prefill.scope, field: `steps[${i}].fields[${j}].prefill.scope`, why: `to prefill ${field.id}` }]
        : [],
    ),
  ),
  ...(scenario.subject.kind === 'family-member' ? [{ scope: 'family' as Scope, field: 'subject.kind', why: 'to act for a family member' }] : []),
  ...(scenario.fee ? [{ scope: 'payment' as Scope, field: 'fee', why: 'to take the fee through the payment shell' }] : []),
]

const agreement = (file: string, scenario: Scenario, manifest: FormManifest): ManifestProblem[] => {
  const same = (field: 'id' | 'version' | 'level', value: string, wanted: string): ManifestProblem[] =>
    value === wanted ? [] : [{ file, field, reason: `is ${JSON.stringify(value)} but the manifest's ${field} is ${JSON.stringify(wanted)}; they must match` }]
  const declared = new Set(manifest.permissions.map((p) => p.scope))
  return [
    ...same('id', scenario.id, manifest.id),
    ...same('version', scenario.version, manifest.version),
    ...same('level', scenario.level, manifest.level),
    ...scopeUses(scenario)
      .filter((use) => !declared.has(use.scope))
      .map((use) => ({ file, field: use.field, reason: `needs the scope ${JSON.stringify(use.scope)} ${use.why}, but mini-apps/${manifest.id}/manifest.ts does not declare it in permissions` })),
  ]
}

const checkDefinition = (module: ModuleSource, manifest: FormManifest): { scenario?: Scenario; problems: ManifestProblem[] } => {
  const { file } = module
  if (module.loadError) return { problems: [{ file, field: '(module)', reason: `could not be loaded: ${module.loadError}` }] }
  if (module.exported === undefined) {
    return { problems: [{ file, field: 'scenario', reason: 'is required: export it as `export const scenario = { … } satisfies ScenarioDefinition`' }] }
  }
  const purity = purityProblems(module)
  const parsed = parseScenario(module.exported)
  if (!parsed.ok) return { problems: [...purity, ...parsed.problems.map((p) => ({ file, ...p }))] }
  const problems = [...purity, ...agreement(file, parsed.scenario, manifest)]
  return problems.length ? { problems } : { scenario: parsed.scenario, problems }
}

/** A form needs a valid scenario.ts; a native mini-app must not have one (it would never be rendered). */
export const checkScenario = (source: ManifestSource, manifest: ValidManifest): { scenario?: Scenario; problems: ManifestProblem[] } => {
  const scenarioFile = source.scenario?.file ?? `mini-apps/${source.folder}/scenario.ts`
  if (manifest.kind === 'native') {
    return source.scenario
      ? { problems: [{ file: scenarioFile, field: '(module)', reason: 'belongs to a form scenario, but the manifest\'s kind is "native"; remove it or set kind: "form"' }] }
      : { problems: [] }
  }
  if (!source.scenario) {
    return { problems: [{ file: source.file, field: 'kind', reason: `is "form", but ${scenarioFile} is missing; a form scenario declares its steps there` }] }
  }
  return checkDefinition(source.scenario, manifest)
}
