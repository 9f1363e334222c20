import { readFileSync } from 'node:fs'
import vm from 'node:vm'

/** React Native's log levels (@react-native/js-polyfills/console.js). */
const LOG_LEVELS = ['trace', 'info', 'warn', 'error'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

export interface Realm {
  context: vm.Context
  /** The realm's global object: what the bundle calls `global`. */
  global: Record<string, unknown>
  /**
   * Copies data into the realm the way the bridge does (serialised), so
   * objects are the realm's own: `instanceof Object` and friends hold.
   */
  clone: (value: unknown) => unknown
  /** Runs a bundle file in the realm. */
  run: (path: string) => void
  /** Evaluates a snippet in the realm, for host objects that must be the realm's own (functions, promises). */
  evaluate: (source: string) => unknown
}

export interface RealmOptions {
  /** React Native's console ends in `nativeLoggingHook`; this receives every line. */
  log: (level: LogLevel, message: string) => void
}

/**
 * A realm shaped like React Native 0.73's JS thread on Hermes with the
 * classic bridge: the language built-ins, the JSI host functions
 * (`nativeLoggingHook`, `nativePerformanceNow`), `HermesInternal` (native
 * Promise and the engine's job queue), and nothing of Node or the browser:
 * no `setTimeout`, `fetch`, `XMLHttpRequest`, `process` or `window` until the
 * bundle's own InitializeCore installs them over native modules.
 */
export const createRealm = (options: RealmOptions): Realm => {
  const context = vm.createContext({}, { name: 'react-native' })
  const global = vm.runInContext('globalThis', context) as Record<string, unknown>
  const evaluate = (source: string): unknown => vm.runInContext(source, context)
  const parse = evaluate('JSON.parse') as (text: string) => unknown
  const enqueueJob = evaluate('(job) => { Promise.resolve().then(job) }') as (job: () => void) => void
  const started = performance.now()
  const realm: Realm = {
    context,
    global,
    clone: (value) => (value === undefined ? undefined : parse(JSON.stringify(value))),
    run: (path) => vm.runInContext(readFileSync(path, 'utf8'), context, { filename: path }),
    evaluate,
  }
  Object.assign(global, {
    nativeLoggingHook: (message: string, level: number) => options.log(LOG_LEVELS[level] ?? 'info', message),
    nativePerformanceNow: () => performance.now() - started,
    HermesInternal: realm.clone({}),
  })
  Object.assign(global.HermesInternal as object, {
    hasPromise: () => true,
    useEngineQueue: () => true,
    enqueueJob,
    getRuntimeProperties: () => realm.clone({ 'OSS Release Version': 'for RN 0.73.8' }),
  })
  // The V8 console of a vm context prints nowhere; React Native replaces it over nativeLoggingHook.
  delete global.console
  return realm
}
