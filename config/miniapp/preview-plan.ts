import { join } from 'node:path'
import { formEntryRoute } from '../../src/sdk/manifest/catalogue'
import { isNativeManifest, type ValidManifest } from '../../src/sdk/manifest/schema'

/** The env var the registry reads to generate the app with one mini-app only (`miniapp preview`). */
export const REGISTRY_ONLY = 'REGISTRY_ONLY'

export interface PreviewPlan {
  /** The dev server's command, from the repository root. */
  command: string
  args: string[]
  env: Record<string, string>
  /** Home, and the mini-app's own entry (H5 uses the hash router). */
  url: string
  entryUrl: string
}

/** H5 in watch mode (Taro's dev server: a rebuild on every save), on the MSW mock backend in the browser. */
export const previewPlan = (rootDir: string, manifest: ValidManifest, port: number): PreviewPlan => {
  const url = `http://127.0.0.1:${port}/`
  const entry = isNativeManifest(manifest) ? `/mini-apps/${manifest.id}/${manifest.entry}` : formEntryRoute(manifest.id)
  return {
    command: join(rootDir, 'node_modules', '.bin', 'taro'),
    args: ['build', '--type', 'h5', '--watch'],
    env: { TARO_APP_MOCK: 'on', PORT: String(port), [REGISTRY_ONLY]: manifest.id },
    url,
    entryUrl: `${url}#${entry}`,
  }
}
