import type { Realm } from './realm'

/** A callback the JS side passed to a native method; calling it goes back through the bridge. */
export type Callback = (...values: unknown[]) => void

/**
 * One method of a stubbed native module, as React Native's bridge sees it:
 * - `async`: fire and forget, with `callbacks` trailing callback arguments;
 * - `promise`: the JS side gets a Promise settled by what `run` returns or throws;
 * - `sync`: `run`'s value is returned to JS at once (`nativeCallSyncHook`).
 */
export interface NativeMethod {
  kind: 'async' | 'promise' | 'sync'
  callbacks?: number
  run: (args: unknown[], callbacks: Callback[]) => unknown
}

export interface NativeModuleStub {
  constants?: Record<string, unknown>
  methods: Record<string, NativeMethod>
}

type Queue = [number[], number[], unknown[][], number]

interface BatchedBridge {
  callFunctionReturnFlushedQueue: (module: string, method: string, args: unknown[]) => Queue | null
  invokeCallbackAndReturnFlushedQueue: (id: number, args: unknown[]) => Queue | null
  flushedQueue: () => Queue | null
}

interface Registered {
  name: string
  stub: NativeModuleStub
  methodNames: string[]
  module?: unknown
}

/**
 * The native half of React Native's (pre-JSI-module, "Paper") bridge, as the
 * C++ JSIExecutor installs it: `nativeModuleProxy` hands out modules built by
 * the bundle's own `__fbGenNativeModule`, and calls come back as the
 * MessageQueue's batches. Every lookup of a module with no stub is reported:
 * either devices lack it too (native/absent.ts says so) or a stub is missing.
 */
export class NativeBridge {
  private readonly modules: Registered[] = []
  private readonly byName = new Map<string, Registered>()

  constructor(
    private readonly realm: Realm,
    stubs: Record<string, NativeModuleStub>,
    private readonly onProblem: (problem: string) => void,
    private readonly onMissing: (module: string) => void,
  ) {
    for (const [name, stub] of Object.entries(stubs)) {
      const entry = { name, stub, methodNames: Object.keys(stub.methods) }
      this.modules.push(entry)
      this.byName.set(name, entry)
    }
  }

  /** The globals JSIExecutor installs before the bundle runs. */
  globals(): Record<string, unknown> {
    const proxy = new Proxy({}, {
      get: (_target, name) => (typeof name === 'string' ? this.lookup(name) : undefined),
      has: (_target, name) => typeof name === 'string' && this.byName.has(name),
    })
    return {
      nativeModuleProxy: proxy,
      nativeFlushQueueImmediate: (queue: Queue) => this.process(queue),
      nativeCallSyncHook: (moduleId: number, methodId: number, args: unknown[]) => this.callSync(moduleId, methodId, args),
    }
  }

  /** Native → JS: a call on a registered JS module (AppRegistry, RCTEventEmitter, JSTimers, ...). */
  callJs(module: string, method: string, args: unknown[]): void {
    this.process(this.batched().callFunctionReturnFlushedQueue(module, method, this.realm.clone(args) as unknown[]))
  }

  /** What the native side does between events: let JS run its microtasks and hand over queued calls. */
  flush(): void {
    this.process(this.batched().flushedQueue())
  }

  private lookup(name: string): unknown {
    const entry = this.byName.get(name)
    if (!entry) {
      this.onMissing(name)
      return undefined
    }
    if (entry.module === undefined) {
      const kinds = entry.methodNames.map((m) => entry.stub.methods[m].kind)
      const ids = (kind: string) => kinds.flatMap((k, i) => (k === kind ? [i] : []))
      const config = [name, entry.stub.constants ?? null, entry.methodNames, ids('promise'), ids('sync')]
      const gen = this.realm.global.__fbGenNativeModule as (config: unknown, id: number) => { module?: unknown } | null
      entry.module = gen(this.realm.clone(config), this.modules.indexOf(entry))?.module ?? null
    }
    return entry.module
  }

  private batched(): BatchedBridge {
    return this.realm.global.__fbBatchedBridge as BatchedBridge
  }

  private method(moduleId: number, methodId: number): [string, NativeMethod] {
    const entry = this.modules[moduleId]
    const name = `${entry?.name}.${entry?.methodNames[methodId]}`
    return [name, entry.stub.methods[entry.methodNames[methodId]]]
  }

  private callSync(moduleId: number, methodId: number, args: unknown[]): unknown {
    const [, method] = this.method(moduleId, methodId)
    return this.realm.clone(method.run(JSON.parse(JSON.stringify(args)) as unknown[], []))
  }

  private process(queue: Queue | null): void {
    if (!queue) return
    const [moduleIds, methodIds, params] = queue
    moduleIds.forEach((moduleId, i) => this.invoke(moduleId, methodIds[i], params[i]))
  }

  private invoke(moduleId: number, methodId: number, rawArgs: unknown[]): void {
    const [name, method] = this.method(moduleId, methodId)
    // The bridge serialises every argument; so does this, which also drops what a device could not receive.
    const args = JSON.parse(JSON.stringify(rawArgs)) as unknown[]
    const count = method.kind === 'promise' ? 2 : (method.callbacks ?? 0)
    const ids = args.splice(args.length - count, count) as number[]
    const callbacks = ids.map((id) => (...values: unknown[]) => this.later(() => this.invokeCallback(id, values)))
    try {
      const result = method.run(args, callbacks)
      if (method.kind !== 'promise') return
      // genMethod passes its resolver as the first callback and its rejecter as the second.
      const [resolve, reject] = callbacks
      Promise.resolve(result).then(resolve, (e: unknown) => reject({ message: e instanceof Error ? e.message : String(e), code: 'E_STUB' }))
    } catch (e: unknown) {
      this.onProblem(`native ${name} threw: ${e instanceof Error ? e.message : String(e)}`)
    }
  }

  private invokeCallback(id: number, values: unknown[]): void {
    this.process(this.batched().invokeCallbackAndReturnFlushedQueue(id, this.realm.clone(values) as unknown[]))
  }

  /** Native work answers on a later turn, never inside the JS call that asked. */
  private later(run: () => void): void {
    setImmediate(run)
  }
}
