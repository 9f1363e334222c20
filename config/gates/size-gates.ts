import { formatValue, kib, type Budget } from '../bench/report'

/**
 * The size gates CI enforces: figures that depend on the build, not on the
 * machine's load. Pure functions over sizes, so a unit test can break each
 * budget with fixture stats; the CLI beside this collects the real sizes.
 */

/** File (or script) path → bytes. */
export type FileSizes = Record<string, number>

export interface WeappStats {
  /** Files of the main package. */
  main: FileSizes
  /** Subpackage root → its files. */
  subpackages: Record<string, FileSizes>
}

export interface GrowthStats {
  extraMiniApps: number
  /** Main-package files before and after adding the generated mini-apps. */
  before: FileSizes
  after: FileSizes
}

export interface H5Stats {
  /** Scripts Home fetched on a first load → gzip bytes. */
  firstLoadGzip: FileSizes
}

/** The bare Taro + React + RTK app's figures the ratios divide by (config/bench/bare-baseline.json). */
export interface BareFigures {
  weappMainBytes: number
  h5FirstLoadGzipBytes: number
}

export interface GateBudgets {
  weappMainPackageVsBare: Budget
  weappGrowthPerMiniApp: Budget
  weappSubpackage: Budget
  h5FirstLoadJsVsBare: Budget
}

export interface Contributor {
  path: string
  bytes: number
}

export interface GateResult {
  figure: string
  value: number
  limit: number
  unit: Budget['unit']
  pass: boolean
  /** What the figure was made of, biggest first (for growth: what grew most). */
  contributors: Contributor[]
  detail: string
}

const TOP = 5

export const sum = (files: FileSizes): number => Object.values(files).reduce((a, b) => a + b, 0)

export const biggest = (files: FileSizes, top = TOP): Contributor[] =>
  Object.entries(files)
    .map(([path, bytes]) => ({ path, bytes }))
    .filter((c) => c.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path))
    .slice(0, top)

/** Per-file growth from `before` to `after` (new files count whole). */
export const growthByFile = (before: FileSizes, after: FileSizes): FileSizes =>
  Object.fromEntries(Object.entries(after).map(([path, bytes]) => [path, bytes - (before[path] ?? 0)]))

const limitOf = (budget: Budget): number => {
  if (budget.max === undefined) throw new Error('a size gate needs a "max" budget')
  return budget.max
}

const gate = (figure: string, value: number, budget: Budget, contributors: Contributor[], detail: string): GateResult => {
  const limit = limitOf(budget)
  return { figure, value, limit, unit: budget.unit, pass: value <= limit, contributors, detail }
}

export const weappGates = (stats: WeappStats, bare: BareFigures, budgets: GateBudgets): GateResult[] => {
  const main = sum(stats.main)
  return [
    gate('weapp main package vs bare app', main / bare.weappMainBytes, budgets.weappMainPackageVsBare, biggest(stats.main),
      `${kib(main)} vs bare ${kib(bare.weappMainBytes)}`),
    ...Object.entries(stats.subpackages).map(([root, files]) =>
      gate(`weapp subpackage ${root}`, sum(files), budgets.weappSubpackage, biggest(files), kib(sum(files)))),
  ]
}

export const growthGate = (stats: GrowthStats, budgets: GateBudgets): GateResult => {
  if (stats.extraMiniApps < 1) throw new Error('growth needs at least one added mini-app')
  const grown = sum(stats.after) - sum(stats.before)
  return gate('weapp main-package growth per added mini-app', grown / stats.extraMiniApps, budgets.weappGrowthPerMiniApp,
    biggest(growthByFile(stats.before, stats.after)), `+${grown} B for ${stats.extraMiniApps} mini-app(s)`)
}

export const h5Gate = (stats: H5Stats, bare: BareFigures, budgets: GateBudgets): GateResult => {
  const js = sum(stats.firstLoadGzip)
  return gate('H5 first-load JS (gzip) vs bare app', js / bare.h5FirstLoadGzipBytes, budgets.h5FirstLoadJsVsBare, biggest(stats.firstLoadGzip),
    `${kib(js)} vs bare ${kib(bare.h5FirstLoadGzipBytes)}`)
}

/** One line per gate, and under a failed one its biggest contributors. */
export const describeGate = (r: GateResult): string => {
  const head = `${r.pass ? 'pass' : 'FAIL'}  ${r.figure}: ${formatValue(r.value, r.unit)} (budget ≤ ${formatValue(r.limit, r.unit)}; ${r.detail})`
  if (r.pass) return head
  const lines = r.contributors.map((c) => `        ${kib(c.bytes).padStart(10)}  ${c.path}`)
  return [head, '      biggest contributors:', ...lines].join('\n')
}
