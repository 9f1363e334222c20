import { join } from 'node:path'
import { SHELL_VERSION } from '../../src/sdk/version'
import type { ValidManifest } from '../../src/sdk/manifest/schema'
import type { Scenario } from '../../src/sdk/scenario'
import { checkContract, findContracts } from '../registry/contracts'
import { listMiniAppFolders, loadManifestSources, pageModuleExists } from '../registry/load'
import type { ManifestProblem } from '../registry/types'
import { validateManifests } from '../registry/validate'
import { usageError } from './errors'
import { checkId } from './names'
import type { Output } from './progress'
import { runLong } from './progress'
import { REGISTRY_ONLY } from './preview-plan'

export interface Registry {
  manifests: ValidManifest[]
  scenarios: Record<string, Scenario>
  problems: ManifestProblem[]
  folders: string[]
}

/** Every manifest, definition and contract, checked as the build checks them, without writing anything. */
export const readRegistry = async (rootDir: string): Promise<Registry> => {
  const miniAppsDir = join(rootDir, 'mini-apps')
  const sources = await loadManifestSources(rootDir, miniAppsDir)
  const result = validateManifests(sources, { shellVersion: SHELL_VERSION, pageExists: pageModuleExists(miniAppsDir) })
  const contracts = findContracts(
    rootDir,
    result.manifests.map((m) => m.id),
  )
  return { ...result, problems: [...result.problems, ...contracts.flatMap(checkContract)], folders: listMiniAppFolders(miniAppsDir) }
}

/** The problems that belong to one mini-app's folder. */
export const problemsOf = (registry: Registry, id: string): ManifestProblem[] =>
  registry.problems.filter((p) => p.file.startsWith(`mini-apps/${id}/`))

/** Refuses an id with no folder, naming the ones there are; an id that could never be one is told the id rules first. */
export const requireFolder = (registry: Registry, id: string): void => {
  checkId(id)
  if (!registry.folders.includes(id)) {
    throw usageError(
      `there is no mini-app "${id}"`,
      `Mini-apps here: ${registry.folders.join(', ') || '(none)'}; start one with: npm run miniapp -- new ${id}`,
    )
  }
}

export { REGISTRY_ONLY }

/** Where the tools live: `--root` may point at another checkout, but the registry and tsx run from here. */
export const TOOL_ROOT = join(__dirname, '..', '..')

/** Runs `npm run registry` (generation) as a child, optionally for one mini-app only. */
export const generateRegistry = (output: Output, rootDir: string, logFile: string, only?: string): Promise<void> =>
  runLong(output, {
    command: join(TOOL_ROOT, 'node_modules', '.bin', 'tsx'),
    args: [join(TOOL_ROOT, 'config', 'registry', 'cli.ts'), '--root', rootDir],
    cwd: rootDir,
    env: { [REGISTRY_ONLY]: only ?? '' },
    label: only ? `generating the registry with ${only} only` : 'generating the registry',
    logFile,
  })
