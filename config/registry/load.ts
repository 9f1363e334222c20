import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ManifestSource, ModuleSource } from './types'

const PAGE_EXTENSIONS = ['.tsx', '.ts', '.jsx', '.js']

/** Every folder under `mini-apps/` that is not hidden is a mini-app and must have a manifest. */
export const listMiniAppFolders = (miniAppsDir: string): string[] =>
  existsSync(miniAppsDir)
    ? readdirSync(miniAppsDir)
        .filter((name) => !name.startsWith('.') && statSync(join(miniAppsDir, name)).isDirectory())
        .sort()
    : []

export const pageModuleExists = (miniAppsDir: string) => (folder: string, pagePath: string): boolean =>
  PAGE_EXTENSIONS.some((ext) => existsSync(join(miniAppsDir, folder, `${pagePath}${ext}`)))

const describe = (e: unknown): string => (e instanceof Error ? e.message.split('\n')[0] : String(e))

/** Imports one module and takes one export; a broken module becomes a load error, not a crash. */
const loadModule = async (rootDir: string, path: string, exportName: string): Promise<ModuleSource> => {
  const file = relative(rootDir, path)
  const sourceText = readFileSync(path, 'utf8')
  try {
    const mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>
    return { file, exported: mod[exportName], sourceText }
  } catch (e: unknown) {
    return { file, exported: undefined, sourceText, loadError: describe(e) }
  }
}

/**
 * Imports each `mini-apps/<folder>/manifest.ts`, and its `scenario.ts` when
 * there is one; a missing or broken module becomes a load error.
 */
export const loadManifestSources = async (rootDir: string, miniAppsDir: string): Promise<ManifestSource[]> => {
  const sources: ManifestSource[] = []
  for (const folder of listMiniAppFolders(miniAppsDir)) {
    const path = join(miniAppsDir, folder, 'manifest.ts')
    if (!existsSync(path)) {
      sources.push({ folder, file: relative(rootDir, path), exported: undefined, sourceText: '', loadError: 'the file is missing; every mini-app folder needs a manifest.ts' })
      continue
    }
    const manifest = await loadModule(rootDir, path, 'manifest')
    const scenarioPath = join(miniAppsDir, folder, 'scenario.ts')
    const scenario = existsSync(scenarioPath) ? await loadModule(rootDir, scenarioPath, 'scenario') : undefined
    sources.push({ folder, ...manifest, ...(scenario ? { scenario } : {}) })
  }
  return sources
}
