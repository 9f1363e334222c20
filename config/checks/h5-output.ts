import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { Script } from 'node:vm'
import { mockSettings } from '../mock-settings'

/**
 * After `taro build --type h5`: every script must parse (a minifier setting
 * once emitted invalid syntax that only failed in the browser); a build
 * without mocks must ship no MSW code and no worker script; a mock build
 * (TARO_APP_MOCK=on) must ship the worker.
 */
const dist = join(__dirname, '..', '..', 'dist', 'h5')
const MSW_MARKERS = ['mockServiceWorker', 'MSW_MOCKING_ENABLED', '[MSW]']

const jsFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsFiles(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  )

const { enabled } = mockSettings('h5', { ...process.env, NODE_ENV: 'production' })
const workerShipped = existsSync(join(dist, 'mockServiceWorker.js'))
const appFiles = jsFiles(dist).filter((f) => !f.endsWith('mockServiceWorker.js'))
const unparsable = jsFiles(dist).flatMap((file) => {
  try {
    new Script(readFileSync(file, 'utf8'), { filename: file })
    return []
  } catch (e: unknown) {
    return [`${relative(dist, file)}: ${e instanceof Error ? e.message : String(e)}`]
  }
})
if (unparsable.length > 0) {
  console.error(`h5 check failed: scripts that do not parse:\n  ${unparsable.join('\n  ')}`)
  process.exit(1)
}
const withMockCode = appFiles.filter((f) => MSW_MARKERS.some((m) => readFileSync(f, 'utf8').includes(m)))

if (enabled && !workerShipped) {
  console.error('h5 check failed: TARO_APP_MOCK=on but dist/h5/mockServiceWorker.js is missing')
  process.exit(1)
}
if (!enabled && (workerShipped || withMockCode.length > 0)) {
  console.error(`h5 check failed: a build without mocks contains mock code: ${[...(workerShipped ? ['mockServiceWorker.js'] : []), ...withMockCode].join(', ')}`)
  process.exit(1)
}
console.log(enabled ? 'h5 build talks to the MSW mock backend (worker shipped)' : `h5 build contains no mock code (${appFiles.length} scripts checked)`)
