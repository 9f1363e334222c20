import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { inspect } from 'node:util'
import { createAppHost, type AppJson, type PageInstance } from './app-host'
import { createRealm } from './realm'
import { createDevice } from './wx-device'
import { createNetwork } from './wx-network'
import { createStorage } from './wx-storage'

export interface Problem {
  page: string
  kind: 'console.error' | 'unhandled rejection' | 'exception'
  message: string
}

const describe = (args: unknown[]): string =>
  args.map((a) => (typeof a === 'string' ? a : a instanceof Error || (a && typeof a === 'object' && 'stack' in a) ? String((a as Error).stack ?? a) : inspect(a, { depth: 3 }))).join(' ')

/**
 * Boots a built mini-program (`dist/weapp…`) in a WeChat-shaped realm: the
 * `wx` API over real HTTP, storage and the device; App and Page lifecycles
 * driven by a WeChat-like router. Every console.error, unhandled rejection
 * and exception is collected as a problem, named by the page on screen.
 */
export const bootWeapp = (
  distDir: string,
  { onRender, storage: kept }: { onRender?: (page: PageInstance, patch: Record<string, unknown>) => void; storage?: Map<string, string> } = {},
) => {
  const appJson = JSON.parse(readFileSync(join(distDir, 'app.json'), 'utf8')) as AppJson
  const roots = (appJson.subPackages ?? []).map((p) => p.root)
  const problems: Problem[] = []
  const logs: string[] = []
  // The realm is created before its JSON exists; storage and network take it late.
  const late = { json: JSON as JSON }
  // A relaunch keeps the device's storage, as WeChat does between runs of the app.
  const storage = createStorage({ stringify: (v: unknown) => late.json.stringify(v), parse: (t: string) => late.json.parse(t) } as JSON, kept)
  const network = createNetwork({ stringify: (v: unknown) => late.json.stringify(v), parse: (t: string) => late.json.parse(t) } as JSON)
  const device = createDevice()
  const wx: Record<string, unknown> = {}
  const host = createAppHost(appJson, (route) => realm.require(`${route}.js`), (page, patch) => onRender?.(page, patch))
  Object.assign(wx, storage.api, network.api, device.api, host.navigation)
  const record = (kind: Problem['kind'], message: string) => problems.push({ page: host.current()?.route ?? '(launch)', kind, message })

  const console = {
    log: (...a: unknown[]) => logs.push(describe(a)),
    info: (...a: unknown[]) => logs.push(describe(a)),
    debug: (...a: unknown[]) => logs.push(describe(a)),
    warn: (...a: unknown[]) => logs.push(`warn: ${describe(a)}`),
    error: (...a: unknown[]) => record('console.error', describe(a)),
  }
  const realm = createRealm(distDir, { wx, console, ...host.globals }, roots)
  late.json = realm.json

  const onRejection = (reason: unknown) => record('unhandled rejection', describe([reason]))
  process.on('unhandledRejection', onRejection)

  return {
    appJson,
    host,
    device,
    network,
    storage,
    problems,
    logs,
    /** Runs app.js and WeChat's launch: App onLaunch/onShow, then the first page. */
    launch: (): PageInstance => {
      try {
        realm.require('app.js')
        return host.launch()
      } catch (e: unknown) {
        record('exception', describe([e]))
        throw e
      }
    },
    dispose: () => void process.off('unhandledRejection', onRejection),
  }
}
