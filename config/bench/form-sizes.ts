import { buildSync } from 'esbuild'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/**
 * What the form modules weigh once bundled as a weapp subpackage would carry
 * them (minified, ES2017, then gzip for the network). The schema ships in the
 * renderer's subpackage to check served definitions on the device, so it
 * must stay small: it is written with zod/mini for that reason.
 */
export const FORM_MODULES = {
  schema: { entry: 'src/sdk/scenario/parse.ts', exports: 'parseScenario' },
  engine: { entry: 'src/shell/forms/engine/index.ts', exports: '*' },
  drafts: { entry: 'src/shell/forms/drafts/index.ts', exports: '*' },
} as const

/** The schema's aim; the bench reports it, a test keeps it. */
export const SCHEMA_BUDGET = { minifiedBytes: 48 * 1024, gzipBytes: 16 * 1024 }

export interface BundleSize {
  minifiedBytes: number
  gzipBytes: number
}

export const bundleSize = (repoRoot: string, module: keyof typeof FORM_MODULES): BundleSize => {
  const { entry, exports } = FORM_MODULES[module]
  const path = join(repoRoot, entry).split('\\').join('/')
  const result = buildSync({
    stdin: { contents: exports === '*' ? `export * from '${path}'` : `export { ${exports} } from '${path}'`, resolveDir: repoRoot, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2017',
    write: false,
    logLevel: 'silent',
  })
  const code = result.outputFiles[0].contents
  return { minifiedBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length }
}
