import { writeFileSync } from 'node:fs'
import type { Compilation, Compiler, Module } from 'webpack'

/** What each emitted chunk is made of: its files, and its modules with their sizes before minification. */
export interface ModuleSizes {
  chunks: { files: string[]; modules: { name: string; size: number }[] }[]
}

/** A concatenated module (scope hoisting) counts as the modules inside it, so a page's own files are named. */
const leaves = (module: Module, compilation: Compilation): { name: string; size: number }[] => {
  const inner = (module as Module & { modules?: Iterable<Module> }).modules
  if (inner) return [...inner].flatMap((m) => leaves(m, compilation))
  return [{ name: module.readableIdentifier(compilation.requestShortener), size: module.size() }]
}

/**
 * Writes the weapp build's module sizes beside its output (`dist/weapp.modules.json`,
 * outside the package, so it ships nowhere): `npm run miniapp -- check` names the
 * biggest modules of a subpackage over its budget from it.
 */
export class ModuleSizesPlugin {
  constructor(private readonly file: string) {}

  apply(compiler: Compiler): void {
    compiler.hooks.done.tap('ModuleSizesPlugin', ({ compilation }) => {
      const sizes: ModuleSizes = {
        chunks: [...compilation.chunks].map((chunk) => ({
          files: [...chunk.files],
          modules: compilation.chunkGraph.getChunkModules(chunk).flatMap((m) => leaves(m, compilation)),
        })),
      }
      writeFileSync(this.file, JSON.stringify(sizes))
    })
  }
}
