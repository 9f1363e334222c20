import path from 'node:path'

/**
 * Browser APIs that code in the weapp bundle uses but WeChat's logic layer
 * lacks, each mapped to the smallest well-kept ponyfill. webpack's
 * ProvidePlugin substitutes the ponyfill only in the modules that name the
 * free global, and only in the weapp build: H5 keeps the browser's own.
 * docs/weapp-runtime.md records where each fact comes from; the weapp
 * runtime check (`npm run test:weapp`) fails if one is missing.
 */
export const WEAPP_PONYFILLS: Record<string, string | [module: string, exportName: string]> = {
  // Redux Toolkit 2's createAsyncThunk (under every RTK Query request) calls `new AbortController()`.
  AbortController: ['abortcontroller-polyfill/dist/cjs-ponyfill.js', 'AbortController'],
  AbortSignal: ['abortcontroller-polyfill/dist/cjs-ponyfill.js', 'AbortSignal'],
  // The polyfill builds its abort event with `new Event('abort')` and otherwise falls back to
  // `document.createEvent`, which in a Taro weapp build is Taro's DOM shim, whose events have no
  // initEvent: aborting a request (a page closed mid-request) then threw. It needs only the event's
  // plain fields, so the stand-in is the part of Event it reads (see WEAPP_PONYFILL_USERS).
  Event: [path.join(__dirname, 'weapp-abort-event.js'), 'Event'],
  // Redux Toolkit's autoBatchEnhancer queues notifications with queueMicrotask when asked for `tick` batching.
  queueMicrotask: 'queue-microtask',
}

/**
 * Ponyfills that stand in for only the part of an API one library uses, each
 * with the modules allowed to name it. The weapp build fails if any other
 * module does: it would silently get the partial stand-in.
 */
export const WEAPP_PONYFILL_USERS: Record<string, RegExp> = {
  Event: /[\\/]node_modules[\\/]abortcontroller-polyfill[\\/]/,
}

interface ModuleLike {
  resource?: string
  identifier(): string
}
interface CompilerLike {
  hooks: { thisCompilation: { tap(name: string, fn: (compilation: CompilationLike) => void): void } }
}
interface CompilationLike {
  modules: Iterable<ModuleLike>
  moduleGraph: { getIncomingConnections(module: ModuleLike): Iterable<{ originModule: ModuleLike | null }> }
  errors: Error[]
  hooks: { finishModules: { tap(name: string, fn: () => void): void } }
}

/** Fails the weapp build when a module outside WEAPP_PONYFILL_USERS names a partial stand-in. */
export class WeappPonyfillUsersPlugin {
  apply(compiler: CompilerLike): void {
    compiler.hooks.thisCompilation.tap('WeappPonyfillUsers', (compilation) => {
      compilation.hooks.finishModules.tap('WeappPonyfillUsers', () => {
        for (const [name, allowed] of Object.entries(WEAPP_PONYFILL_USERS)) {
          const entry = WEAPP_PONYFILLS[name]
          const file = Array.isArray(entry) ? entry[0] : entry
          for (const module of compilation.modules) {
            if (module.resource !== file) continue
            for (const { originModule } of compilation.moduleGraph.getIncomingConnections(module)) {
              const user = originModule?.resource ?? originModule?.identifier() ?? ''
              if (originModule && !allowed.test(user)) {
                compilation.errors.push(new Error(`${user} names \`${name}\`, but the weapp stand-in (${file}) is only what ${allowed} needs: give it a full ponyfill in config/weapp-polyfills.ts`))
              }
            }
          }
        }
      })
    })
  }
}
