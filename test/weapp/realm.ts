import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, normalize, sep } from 'node:path'
import { Script, createContext, type Context } from 'node:vm'

/**
 * A JavaScript realm shaped like WeChat's logic layer (AppService): the
 * ECMAScript built-ins of a fresh V8 context plus only what WeChat adds —
 * `wx`, `App`, `Page`, `Component`, `Behavior`, `getApp`, `getCurrentPages`,
 * timers and `console`. No `window`, `document`, `fetch`, `XMLHttpRequest`,
 * `URL`, `AbortController`, `TextEncoder`, `queueMicrotask` or
 * `structuredClone`: a bundle that needs one dies here as it would on a phone.
 *
 * Sources: developers.weixin.qq.com/miniprogram/dev/framework/app-service
 * ("the logic layer does not run in a browser: window, document … are not
 * available") and …/framework/runtime/js-support ("eval and new Function are
 * not supported, except new Function('return this')").
 */

/** WeChat compiles each file into `define(path, function(require, module, exports, <these>) {…})`, so these names are undefined inside every module. */
export const SHADOWED_BROWSER_NAMES = [
  'window', 'document', 'frames', 'self', 'location', 'navigator', 'localStorage', 'history', 'Caches', 'screen',
  'alert', 'confirm', 'prompt', 'XMLHttpRequest', 'WebSocket', 'Reporter', 'webkit', 'WeixinJSCore',
] as const

export interface RealmGlobals {
  wx: object
  App: (config: Record<string, unknown>) => void
  Page: (config: Record<string, unknown>) => void
  Component: (config: Record<string, unknown>) => void
  Behavior: (config: Record<string, unknown>) => object
  getApp: () => unknown
  getCurrentPages: () => unknown[]
  console: Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'debug'>
}

export interface Realm {
  context: Context
  /** Runs a built file (path relative to the package root) once, as WeChat's module system does. */
  require: (path: string) => unknown
  /** The realm's own JSON, so parsed answers and stored values belong to the app's realm. */
  json: JSON
}

/** Which package a file belongs to: a subpackage root, or '' for the main package. */
export const packageOf = (path: string, subpackageRoots: readonly string[]): string =>
  subpackageRoots.find((root) => path.startsWith(`${root}/`)) ?? ''

/**
 * WeChat forbids evaluating strings, except `new Function('return this')`,
 * which bundlers use to find the global object. The realm allows exactly that.
 */
const FENCE_CODE_GENERATION = `(() => {
  const realmGlobal = globalThis
  const OriginalFunction = Function
  const allowed = (args) => args.length === 1 && String(args[0]).replace(/\\s+/g, ' ').trim() === 'return this'
  const refuse = () => { throw new EvalError('WeChat forbids new Function and eval (only new Function("return this") is allowed)') }
  const fenced = new Proxy(OriginalFunction, {
    construct: (_target, args) => (allowed(args) ? function () { return realmGlobal } : refuse()),
    apply: (_target, _this, args) => (allowed(args) ? function () { return realmGlobal } : refuse()),
  })
  Object.defineProperty(OriginalFunction.prototype, 'constructor', { value: fenced })
  globalThis.Function = fenced
  globalThis.eval = () => refuse()
})()`

export const createRealm = (root: string, globals: RealmGlobals, subpackageRoots: readonly string[]): Realm => {
  const context = createContext(
    {
      ...globals,
      setTimeout,
      clearTimeout,
      setInterval,
      clearInterval,
    },
    { name: 'weapp-logic-layer', codeGeneration: { strings: false, wasm: false } },
  )
  new Script(FENCE_CODE_GENERATION).runInContext(context)
  const modules = new Map<string, { exports: unknown }>()
  const json = new Script('JSON').runInContext(context) as JSON

  const load = (path: string): unknown => {
    const cached = modules.get(path)
    if (cached) return cached.exports
    const file = join(root, path)
    if (!existsSync(file)) throw new Error(`module "${path}" is not defined (no such file in the build)`)
    const module = { exports: {} as unknown }
    modules.set(path, module)
    const wrapper = `(function (require, module, exports, ${SHADOWED_BROWSER_NAMES.join(', ')}) {\n${readFileSync(file, 'utf8')}\n})`
    const define = new Script(wrapper, { filename: file }).runInContext(context) as (...args: unknown[]) => void
    define(requireFrom(path), module, module.exports)
    return module.exports
  }

  /** WeChat's require: relative to the requiring file, and never across packages (a subpackage sees only itself and the main package). */
  const requireFrom = (fromPath: string) => (request: string) => {
    const resolved = normalize(join(dirname(fromPath), request)).split(sep).join('/')
    const path = resolved.endsWith('.js') ? resolved : `${resolved}.js`
    if (path.startsWith('..')) throw new Error(`${fromPath} requires "${request}", outside the mini-program`)
    const from = packageOf(fromPath, subpackageRoots)
    const to = packageOf(path, subpackageRoots)
    if (to && to !== from) {
      throw new Error(`${fromPath} (${from || 'main package'}) requires ${path} from subpackage ${to}: WeChat allows no module required across packages`)
    }
    return load(path)
  }

  return { context, require: (path) => load(path.replace(/^\.?\//, '')), json }
}
