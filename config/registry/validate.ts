import semver from 'semver'
import type { z } from 'zod'
import { manifestSchema, type ValidManifest } from '../../src/sdk/manifest/schema'
import type { Scenario } from '../../src/sdk/scenario'
import { purityProblems } from './purity'
import { checkScenario } from './scenario'
import type { ManifestProblem, ManifestSource } from './types'

export interface HostFacts {
  shellVersion: string
  /** Whether `mini-apps/<folder>/<pagePath>` has a page module. */
  pageExists: (folder: string, pagePath: string) => boolean
}

export interface ValidationResult {
  manifests: ValidManifest[]
  /** The definitions of the valid form manifests, by id. */
  scenarios: Record<string, Scenario>
  problems: ManifestProblem[]
}

const fieldOf = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '') ||
  '(manifest)'

const schemaProblems = (file: string, error: z.ZodError): ManifestProblem[] =>
  error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ file, field: fieldOf([...issue.path, key]), reason: 'is not a manifest field (check its spelling)' }))
    }
    const missing = issue.code === 'invalid_type' && issue.input === undefined
    return [{ file, field: fieldOf(issue.path), reason: missing ? 'is required' : issue.message }]
  })

const checkOne = (source: ManifestSource, host: HostFacts): { manifest?: ValidManifest; scenario?: Scenario; problems: ManifestProblem[] } => {
  const { file } = source
  if (source.loadError) return { problems: [{ file, field: '(module)', reason: `could not be loaded: ${source.loadError}` }] }
  if (source.exported === undefined) {
    return { problems: [{ file, field: 'manifest', reason: 'is required: export it as `export const manifest = { … }`' }] }
  }
  const purity = purityProblems(source)
  // reportInput lets a missing field be told apart from a wrong type.
  const parsed = manifestSchema.safeParse(source.exported, { reportInput: true })
  if (!parsed.success) return { problems: [...purity, ...schemaProblems(file, parsed.error)] }
  const manifest = parsed.data
  const problems = [...purity]
  if (manifest.id !== source.folder) {
    problems.push({ file, field: 'id', reason: `is ${JSON.stringify(manifest.id)} but the folder is mini-apps/${source.folder}; they must match` })
  }
  if (manifest.kind === 'native') {
    manifest.pages.forEach((page, index) => {
      if (!host.pageExists(source.folder, page.path)) {
        problems.push({ file, field: `pages[${index}].path`, reason: `names ${page.path}, but mini-apps/${source.folder}/${page.path}.tsx does not exist` })
      }
    })
  }
  if (!semver.satisfies(host.shellVersion, manifest.shell)) {
    problems.push({ file, field: 'shell', reason: `needs shell ${manifest.shell}, but this host is shell ${host.shellVersion}` })
  }
  const definition = checkScenario(source, manifest)
  problems.push(...definition.problems)
  return { manifest, scenario: definition.scenario, problems }
}

/** Checks every manifest (and a form's scenario.ts) alone, then the set together (ids must be unique). */
export const validateManifests = (sources: ManifestSource[], host: HostFacts): ValidationResult => {
  const problems: ManifestProblem[] = []
  const manifests: ValidManifest[] = []
  const scenarios: Record<string, Scenario> = {}
  const firstFileById = new Map<string, string>()
  for (const source of sources) {
    const result = checkOne(source, host)
    problems.push(...result.problems)
    if (!result.manifest) continue
    const earlier = firstFileById.get(result.manifest.id)
    if (earlier) {
      problems.push({ file: source.file, field: 'id', reason: `${JSON.stringify(result.manifest.id)} is already used by ${earlier}` })
      continue
    }
    firstFileById.set(result.manifest.id, source.file)
    if (result.problems.length > 0) continue
    manifests.push(result.manifest)
    if (result.scenario) scenarios[result.manifest.id] = result.scenario
  }
  return { manifests: manifests.sort((a, b) => a.id.localeCompare(b.id)), scenarios, problems }
}
