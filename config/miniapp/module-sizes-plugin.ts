import { writeFileSync } from 'node:fs'
import type { Compiler, StatsModule } from 'webpack'

/** What each emitted chunk is made of: its files, and its modules with their sizes before minification. */
export interface ModuleSizes {
  chunks: { files: string[]; modules: { name: string; size: number }[] }[]
}

/** Concatenated modules count as the modules inside them, so a page's own files are named. */
const leaves = (modules: StatsModule[] = []): { name: string; size: number }[] =>
  modules.flatMap((m) => (m.modules && m.modules.length > 0 ? leaves(m.modules) : [{ name: m.name ?? String(m.id), size: m.size ?? 0 }]))

/**
 * Writes the weapp build's module sizes beside its output (`dist/weapp.modules.json`,
 * outside the package, so it ships nowhere): `npm run miniapp -- check` names the
 * biggest modules of a subpackage over its budget from it.
 */
export class ModuleSizesPlugin {
  constructor(private readonly file: string) {}

  apply(compiler: Compiler): void {
    compiler.hooks.done.tap('ModuleSizesPlugin', (stats) => {
      const json = stats.toJson({ all: false, chunks: true, chunkModules: true, nestedModules: true })
      const sizes: ModuleSizes = {
        chunks: (json.chunks ?? []).map((c) => ({ files: [...(c.files ?? [])], modules: leaves(c.modules) })),
      }
      writeFileSync(this.file, JSON.stringify(sizes))
    })
  }
}
