import { existsSync, readFileSync } from 'node:fs'
import { collectWeapp } from '../gates/collect'
import { biggest, sum, type Contributor, type FileSizes } from '../gates/size-gates'
import { kib } from '../bench/report'
import type { ModuleSizes } from './module-sizes-plugin'

export interface SubpackageStats {
  root: string
  /** Shipped files of the subpackage → bytes. */
  files: FileSizes
  /** Modules compiled into those files → bytes before minification; empty when the build wrote no module sizes. */
  modules: FileSizes
}

export interface BudgetVerdict {
  root: string
  bytes: number
  budget: number
  pass: boolean
  /** The biggest modules (or files, without module sizes), biggest first. */
  biggest: Contributor[]
  by: 'module' | 'file'
}

/** A subpackage against its budget; over it, the biggest modules are named. */
export const budgetVerdict = (stats: SubpackageStats, budget: number, top = 5): BudgetVerdict => {
  const bytes = sum(stats.files)
  const byModule = Object.keys(stats.modules).length > 0
  return {
    root: stats.root,
    bytes,
    budget,
    pass: bytes <= budget,
    biggest: biggest(byModule ? stats.modules : stats.files, top),
    by: byModule ? 'module' : 'file',
  }
}

export const describeVerdict = (v: BudgetVerdict): string[] => {
  const head = `${v.root}: ${kib(v.bytes)} of ${kib(v.budget)} (${((100 * v.bytes) / v.budget).toFixed(0)}% of the budget)`
  if (v.pass) return [head]
  return [
    `${head}: OVER by ${kib(v.bytes - v.budget)}`,
    `biggest ${v.by === 'module' ? 'modules (before minification)' : 'files'}:`,
    ...v.biggest.map((c) => `  ${kib(c.bytes).padStart(10)}  ${c.path}`),
  ]
}

/**
 * Sums module sizes over the chunks that ship in the subpackage: emitted under
 * its root, or (Taro's optimizeMainPackage) a shared `sub-common/…` chunk
 * copied into it, found by its path under the root.
 */
export const modulesIn = (sizes: ModuleSizes, root: string, files: FileSizes = {}): FileSizes => {
  const modules: FileSizes = {}
  const ships = (file: string) => file.startsWith(`${root}/`) || files[`${root}/${file}`] !== undefined
  for (const chunk of sizes.chunks.filter((c) => c.files.some(ships))) {
    for (const m of chunk.modules) modules[m.name] = (modules[m.name] ?? 0) + m.size
  }
  return modules
}

/** A subpackage of a weapp build (`dist/weapp`), with its module sizes when `dist/weapp.modules.json` is there. */
export const readSubpackage = (distDir: string, root: string): SubpackageStats | undefined => {
  const stats = collectWeapp(distDir)
  const files = stats.subpackages[root]
  if (!files) return undefined
  const sizesFile = `${distDir}.modules.json`
  const modules = existsSync(sizesFile) ? modulesIn(JSON.parse(readFileSync(sizesFile, 'utf8')) as ModuleSizes, root, files) : {}
  return { root, files, modules }
}
