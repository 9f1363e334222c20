import { existsSync, readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { createMockServer } from '../../mock/server'
import { bundlePath, buildAndroidBundle, CHECK_PORT, compileWithHermes, mapPath, root, stampPath } from './build'
import { Device, type Problem } from './device'
import { Driver, JourneyError } from './driver'
import { firstVisitJourney, rnMiniApps } from './journey'
import { symbolicator } from './symbolicate'

/**
 * `npm run test:rn`: builds the Android release bundle against the mock
 * server, compiles it with Hermes, boots it in a React Native-shaped realm
 * over stubbed native modules, and walks a resident's first visit. Any
 * console.error, fatal exception, unhandled rejection or unstubbed native
 * module fails it, naming the page. `--no-build` reuses the last bundle (and its port).
 */
const APP_KEY = 'govSuperApp'
const TIMEOUT_MS = 90_000

const fail = (lines: string[]): never => {
  console.error(['', 'RN runtime check FAILED', ...lines.map((l) => `  ${l}`)].join('\n'))
  process.exit(1)
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

const listen = (port: number): Promise<{ port: number; close: () => void }> =>
  new Promise((resolve, reject) => {
    const server = createMockServer().listen(port, '127.0.0.1', () => resolve({ port: (server.address() as AddressInfo).port, close: () => server.close() }))
    server.on('error', reject)
  })

/** A fatal is also logged through console.error; say it once. */
const describe = (problems: Problem[]): string[] => {
  const fatal = problems.filter((p) => p.kind === 'fatal JS exception').map((p) => p.message.split('\n')[0])
  return problems
    .filter((p) => p.kind !== 'console.error' || !fatal.some((f) => f.includes(p.message.split('\n')[0])))
    .map((p) => `${p.at}: ${p.kind}: ${p.message.split('\n').slice(0, 8).join('\n      ')}`)
}

const main = async () => {
  const reuse = process.argv.includes('--no-build') && existsSync(stampPath) && existsSync(bundlePath)
  const server = await listen(reuse ? (JSON.parse(readFileSync(stampPath, 'utf8')) as { port: number }).port : CHECK_PORT).catch((e: unknown) =>
    fail([`cannot start the mock server: ${String(e)} (set RN_CHECK_PORT to use another port)`]),
  )
  if (!reuse) {
    const built = buildAndroidBundle(server.port)
    if ('error' in built) fail([built.error])
    else console.log(`built the Android bundle against the mock server on port ${server.port} in ${seconds(built.ms)}${built.note ? ` (${built.note})` : ''}`)
  }
  const hermes = compileWithHermes()
  if ('error' in hermes) fail([hermes.error])
  else if ('skipped' in hermes) console.log(`  - Hermes compile skipped: ${hermes.skipped}`)
  else console.log(`  ✓ Hermes compiles the bundle to bytecode (${seconds(hermes.ms)})`)

  const device = new Device({ bundle: bundlePath, appKey: APP_KEY, symbolicate: symbolicator(mapPath, root) })
  const driver = new Driver(device)
  const started = Date.now()
  const timer = setTimeout(() => fail([`the journey took over ${TIMEOUT_MS / 1000} s`, ...describe(device.problems)]), TIMEOUT_MS)
  let journeyError: unknown
  await firstVisitJourney(driver, ({ step, ms, saw }) => console.log(`  ✓ ${step} (${ms} ms${saw ? `; shows ${saw}` : ''})`)).catch((e: unknown) => (journeyError = e))
  clearTimeout(timer)
  device.dispose()
  server.close()

  const failed = device.network.filter((r) => typeof r.status !== 'number' || r.status >= 400)
  const lines = [
    ...describe(device.problems),
    ...failed.map((r) => `request failed: ${r.method} ${r.url} → ${r.status}${r.body ? ` ${r.body.slice(0, 200)}` : ''}`),
    ...(journeyError ? [journeyError instanceof JourneyError ? journeyError.message : String((journeyError as Error).stack ?? journeyError)] : []),
  ]
  if (lines.length > 0) fail(lines)
  console.log(
    `RN runtime check passed in ${seconds(Date.now() - started)}: ${rnMiniApps().length} mini-app entry pages, ` +
      `${device.network.length} requests, ${device.tree.views.size} native views on screen at the end`,
  )
  const warnings = [...new Set(device.logs.filter((l) => l.startsWith('warn:')))]
  if (warnings.length > 0) console.log(`  (the app logged ${warnings.length} warning(s), not failures:\n    ${warnings.map((w) => w.slice(0, 200)).join('\n    ')})`)
  if (device.missingViews.size > 0) console.log(`  (view managers looked up and absent, as libraries probe: ${[...device.missingViews].join(', ')})`)
  process.exit(0)
}

void main()
