import { existsSync } from 'node:fs'
import { join } from 'node:path'
import budgetFile from '../bench/budgets.json'
import { currentToolchain, readBareBaseline, toolchainDrift } from '../bench/bare-baseline'
import { runTsx, taroBuild } from '../bench/taro-build'
import { addGeneratedMiniApps, copyRepo, makeScratchDir, removeScratchDir } from '../bench/workspace'
import { miniAppPackages } from '../../src/generated/routes'
import { collectH5, collectWeapp, subpackageRoots } from './collect'
import { describeGate, growthGate, h5Gate, weappGates, type GateBudgets, type GateResult } from './size-gates'

/**
 * `npm run gate:sizes [weapp|growth|h5]` (all three without an argument),
 * after `npm run build:weapp` and `npm run build:h5`: the CI size gates.
 * Ratios divide by the committed bare-app baseline; growth builds the checkout
 * plus generated mini-apps in a scratch copy and compares with dist/weapp.
 */
const repoRoot = join(__dirname, '..', '..')
const budgets = budgetFile as unknown as GateBudgets
const EXTRA_MINI_APPS = 2

const distOf = (target: string): string => {
  const dist = join(repoRoot, 'dist', target)
  const marker = target === 'weapp' ? 'app.json' : 'index.html'
  if (!existsSync(join(dist, marker))) throw new Error(`dist/${target} is missing: run \`npm run build:${target}\` first`)
  return dist
}

const bare = () => {
  const baseline = readBareBaseline(repoRoot)
  const drift = toolchainDrift(baseline.toolchain, currentToolchain(repoRoot))
  if (drift.length > 0) throw new Error(`the bare-app baseline was measured with another toolchain (${drift.join('; ')}): run \`npm run bench:baseline\` and commit it`)
  return baseline
}

/** Any weapp mini-app of the registry serves as the template a department would start from. */
const growth = (): GateResult => {
  const template = miniAppPackages.find((p) => p.targets.includes('weapp') && existsSync(join(repoRoot, 'mini-apps', p.id, 'manifest.ts')))
  if (!template) throw new Error('no weapp mini-app in the registry to generate more from')
  const before = collectWeapp(distOf('weapp'))
  const scratch = makeScratchDir()
  try {
    const app = join(scratch, 'app')
    copyRepo(repoRoot, app)
    addGeneratedMiniApps(app, template.id, EXTRA_MINI_APPS)
    runTsx(app, 'config/registry/cli.ts')
    taroBuild(app, 'weapp')
    const dist = join(app, 'dist', 'weapp')
    const added = subpackageRoots(dist).length - Object.keys(before.subpackages).length
    if (added !== EXTRA_MINI_APPS) throw new Error(`expected ${EXTRA_MINI_APPS} more subpackages than dist/weapp, found ${added}: is dist/weapp from this checkout?`)
    return growthGate({ extraMiniApps: EXTRA_MINI_APPS, before: before.main, after: collectWeapp(dist).main }, budgets)
  } finally {
    removeScratchDir(scratch)
  }
}

const gates: Record<string, () => Promise<GateResult[]>> = {
  weapp: async () => weappGates(collectWeapp(distOf('weapp')), bare(), budgets),
  growth: async () => [growth()],
  h5: async () => {
    const stats = await collectH5(distOf('h5'))
    // Issue #11's aim (≤ 1.3×) is not met yet: CI holds the line at the ceiling so the first load cannot grow
    // unnoticed, and the aim is printed beside it until the cuts land and the ceiling goes.
    const aim = h5Gate(stats, bare(), budgets)
    if (!aim.pass) console.log(`aim   ${describeGate(aim).split('\n')[0].replace(/^FAIL\s+/, '')} (not met yet: gated at the ceiling below)`)
    return [h5Gate(stats, bare(), { ...budgets, h5FirstLoadJsVsBare: { max: budgetFile.h5FirstLoadJsVsBareCeiling.max, unit: 'x' } })]
  },
}

const main = async (): Promise<void> => {
  const asked = process.argv.slice(2)
  const unknown = asked.filter((a) => !(a in gates))
  if (unknown.length > 0) throw new Error(`unknown gate(s) ${unknown.join(', ')}; known: ${Object.keys(gates).join(', ')}`)
  const results: GateResult[] = []
  for (const name of asked.length > 0 ? asked : Object.keys(gates)) results.push(...(await gates[name]()))
  results.forEach((r) => console.log(describeGate(r)))
  const failed = results.filter((r) => !r.pass)
  if (failed.length > 0) {
    console.error(`size gates failed: ${failed.map((r) => r.figure).join('; ')}`)
    process.exit(1)
  }
}

main().catch((e: unknown) => {
  console.error(`size gates could not run: ${e instanceof Error ? e.message : String(e)}`)
  process.exit(1)
})
