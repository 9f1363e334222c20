import { cpus } from 'node:os'
import { join } from 'node:path'
import { measureCatalogue } from './catalogue'
import { measureFirstLoad } from './first-load'
import { runLighthouse } from './lighthouse'
import { buildWeapp, growthOf } from './measure'
import { bareApp, writeResults } from './results'
import { rowsFor, type BenchFigures } from './rows'
import { formatTable } from './report'
import { writeBareApp } from './bare-app'
import { runTsx, taroBuild } from './taro-build'
import { addGeneratedMiniApps, copyRepo, keepOutput, makeScratchDir, removeScratchDir } from './workspace'

/**
 * `npm run bench`: every figure from one run on this machine, the bare
 * baseline built in the same run by the same toolchain. Builds happen in a
 * scratch copy, never in the checkout. Aims are reported, not gated.
 */
const repoRoot = join(__dirname, '..', '..')
const EXTRA_MINI_APPS = Number(process.env.BENCH_EXTRA_MINI_APPS ?? 8)
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5)
const GROWTH_TEMPLATE = 'health'

const started = Date.now()
const progress = (message: string) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`)

const main = async (scratch: string): Promise<void> => {
  const bareDir = join(scratch, 'bare')
  const appDir = join(scratch, 'app')
  progress(`scratch workspace ${scratch}`)
  writeBareApp(bareDir, repoRoot)
  copyRepo(repoRoot, appDir)
  runTsx(appDir, 'config/registry/cli.ts')

  progress('catalogue: index build, search keystrokes, launch downloads')
  const catalogue = measureCatalogue(appDir)

  progress('bare app: weapp build')
  const bareWeapp = buildWeapp(bareDir)
  progress('bare app: h5 build')
  const bareH5Seconds = taroBuild(bareDir, 'h5')
  const bareH5 = keepOutput(bareDir, 'h5', join(scratch, 'bare-h5'))

  progress('super-app: weapp build')
  const appWeapp = buildWeapp(appDir)
  progress('super-app: h5 production build')
  const appH5Seconds = taroBuild(appDir, 'h5')
  const appH5 = keepOutput(appDir, 'h5', join(scratch, 'app-h5'))
  progress('super-app: h5 mock build (for Lighthouse)')
  taroBuild(appDir, 'h5', { mock: true })
  const appH5Mock = keepOutput(appDir, 'h5', join(scratch, 'app-h5-mock'))

  progress(`super-app + ${EXTRA_MINI_APPS} generated mini-apps: weapp build`)
  addGeneratedMiniApps(appDir, GROWTH_TEMPLATE, EXTRA_MINI_APPS)
  runTsx(appDir, 'config/registry/cli.ts')
  const growth = growthOf(appWeapp, buildWeapp(appDir), EXTRA_MINI_APPS)

  progress('H5 first load in Chromium')
  const appFirstLoad = await measureFirstLoad(appH5)
  const bareFirstLoad = await measureFirstLoad(bareH5)
  progress(`Lighthouse (mobile, ${LIGHTHOUSE_RUNS} runs each): super-app mock build, then the bare app`)
  const appLighthouse = await runLighthouse(appH5Mock, LIGHTHOUSE_RUNS)
  const bareLighthouse = await runLighthouse(bareH5, LIGHTHOUSE_RUNS)

  const figures: BenchFigures = {
    weapp: { app: appWeapp, bare: bareWeapp, growth },
    h5: {
      app: { firstLoad: appFirstLoad, buildSeconds: appH5Seconds },
      bare: { firstLoad: bareFirstLoad, buildSeconds: bareH5Seconds },
    },
    lighthouse: { app: appLighthouse, bare: bareLighthouse },
    catalogue,
  }
  const rows = rowsFor(figures)
  const durationSeconds = (Date.now() - started) / 1000
  const file = writeResults(repoRoot, {
    measuredAt: new Date(started).toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version, platform: process.platform },
    durationSeconds,
    bareApp,
    figures,
    rows,
  })
  console.log(`\n${formatTable(rows)}\n`)
  console.log(`Aims come from config/bench/budgets.json and are reported, not gated; WeChat's hard limits are gated by \`npm run build:weapp\`.`)
  console.log(`Measured in ${durationSeconds.toFixed(0)} s on ${cpus().length} cores; JSON written to ${file}`)
}

const scratch = makeScratchDir()
const cleanUp = () => {
  if (process.env.BENCH_KEEP) console.error(`[bench] kept ${scratch}`)
  else removeScratchDir(scratch)
}
process.once('SIGINT', () => {
  cleanUp()
  process.exit(130)
})
main(scratch).then(
  () => cleanUp(),
  (e: unknown) => {
    console.error(`bench failed: ${e instanceof Error ? e.message : String(e)}`)
    cleanUp()
    process.exit(1)
  },
)
