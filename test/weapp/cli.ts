import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { createMockServer } from '../../mock/server'
import { checkWeappOutput } from '../../config/checks/weapp-output'
import { createDriver, JourneyError } from './driver'
import { firstVisitJourney, relaunchJourney, weappMiniApps } from './journey'
import { walletJourney } from './wallet-journey'

/**
 * `npm run test:weapp`: builds the mini-program against the mock server,
 * boots it in a realm shaped like WeChat's logic layer, renders it through
 * WeChat's template compiler, and walks a resident's first visit. Any
 * console.error, unhandled rejection, exception or missing global fails it,
 * naming the page. `--no-build` reuses the last build (and its port).
 */
const root = join(__dirname, '..', '..')
const dist = join(root, 'dist', 'weapp-check')
const stamp = join(dist, '.runtime-check.json')
const TIMEOUT_MS = 60_000

const fail = (lines: string[]): never => {
  console.error(['', 'weapp runtime check FAILED', ...lines.map((l) => `  ${l}`)].join('\n'))
  process.exit(1)
}

const listen = (port: number): Promise<{ port: number; close: () => void }> =>
  new Promise((resolve, reject) => {
    const server = createMockServer().listen(port, '127.0.0.1', () => resolve({ port: (server.address() as AddressInfo).port, close: () => server.close() }))
    server.on('error', reject)
  })

const build = (port: number): void => {
  const started = Date.now()
  const run = spawnSync('npx', ['taro', 'build', '--type', 'weapp'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production', TARO_OUTPUT_ROOT: 'dist/weapp-check', TARO_APP_API_BASE: `http://127.0.0.1:${port}/api` },
  })
  if (run.status !== 0 || !existsSync(join(dist, 'app.json'))) fail(['the weapp build failed:', String(run.stdout).slice(-3000), String(run.stderr).slice(-3000)])
  writeFileSync(stamp, JSON.stringify({ port }))
  console.log(`built dist/weapp-check against the mock server on port ${port} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

const main = async () => {
  const reuse = process.argv.includes('--no-build') && existsSync(stamp)
  const server = await listen(reuse ? (JSON.parse(readFileSync(stamp, 'utf8')) as { port: number }).port : 0)
  if (!reuse) build(server.port)
  // Reported with the journey's problems, so a missing API shows both statically and as it breaks a page.
  const outputProblems = checkWeappOutput(dist).map((p) => `static: ${p}`)

  // The view renders in Node's realm; its errors are template errors and fail the check too.
  const viewErrors: string[] = []
  const nodeError = console.error
  console.error = (...args: unknown[]) => void viewErrors.push(args.map(String).join(' '))
  const driver = createDriver(dist)
  const started = Date.now()
  const timer = setTimeout(() => fail([`the journey took over ${TIMEOUT_MS / 1000} s`]), TIMEOUT_MS)
  let journeyError: unknown
  const log = ({ step, ms }: { step: string; ms: number }) => console.log(`  ✓ ${step} (${ms} ms)`)
  await firstVisitJourney(driver, log).then(() => walletJourney(driver, log)).catch((e: unknown) => (journeyError = e))
  driver.dispose()
  // The second run of the app: a new realm on the same storage.
  const relaunched = journeyError ? undefined : createDriver(dist, { storage: driver.app.storage.entries })
  if (relaunched) await relaunchJourney(relaunched, log).catch((e: unknown) => (journeyError = e))
  relaunched?.dispose()
  clearTimeout(timer)
  console.error = nodeError
  server.close()

  const { network, device } = driver.app
  const problems = [...driver.app.problems, ...(relaunched?.app.problems ?? [])]
  const lines = [
    ...outputProblems,
    ...problems.map((p) => `${p.page}: ${p.kind}: ${p.message.split('\n').slice(0, 6).join('\n    ')}`),
    ...viewErrors.map((e) => `view (WXML): ${e.split('\n').slice(0, 4).join('\n    ')}`),
    ...(journeyError ? [journeyError instanceof JourneyError ? journeyError.message : String((journeyError as Error).stack ?? journeyError)] : []),
  ]
  if (lines.length > 0) fail(lines)
  console.log(
    `weapp runtime check passed in ${((Date.now() - started) / 1000).toFixed(1)} s: ${weappMiniApps().length} mini-app entry pages, ` +
      `${network.log.length} requests (at most ${network.peakConcurrency()} at once), ${device.events.toasts.length} toasts`,
  )
  process.exit(0)
}

void main()
