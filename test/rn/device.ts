import { NativeBridge } from './bridge'
import { ABSENT_ON_ANDROID, nativeModules, type NativeSinks, type NetworkRecord } from './native'
import type { NativeHost } from './native/host'
import { createRealm, type Realm } from './realm'
import { readableStack, type Symbolicate } from './symbolicate'
import { ViewTree } from './view-tree'

export interface Problem {
  kind: 'console.error' | 'fatal JS exception' | 'unhandled rejection' | 'unstubbed native module' | 'native'
  message: string
  /** What was on screen, or which step ran, when it happened. */
  at: string
}

export interface DeviceOptions {
  bundle: string
  appKey: string
  symbolicate: Symbolicate
}

/** React appends the component stack to errors; in a release bundle it names minified components ("in Unknown"). */
const COMPONENT_STACK = '\n\nThis error is located at:'

/** The native side's pace: React Native's Android choreographer hands JS a frame about every 16 ms. */
const FRAME_MS = 16
const ROOT_TAG = 1

/**
 * A phone with no screen: the bundle runs in a React Native-shaped realm, and
 * the native side is the stubs in ./native. `problems` collects everything
 * that would be a red box, a crash, a logged error or a missing native module
 * on a device, tagged with `at` (which the journey keeps up to date).
 */
export class Device {
  readonly tree = new ViewTree()
  readonly network: NetworkRecord[] = []
  readonly storage = new Map<string, string>()
  readonly problems: Problem[] = []
  readonly logs: string[] = []
  /** View managers asked for and not registered: libraries probe for them, and rendering one fails on its own. */
  readonly missingViews = new Set<string>()
  readonly missingModules = new Set<string>()
  at = 'launch'
  private readonly realm: Realm
  private readonly bridge: NativeBridge
  private readonly timers = new Set<NodeJS.Timeout>()
  private pump?: NodeJS.Timeout
  private readonly onRejection = (reason: unknown) => this.report('unhandled rejection', reason)

  constructor(private readonly options: DeviceOptions) {
    this.realm = createRealm({
      log: (level, message) => {
        this.logs.push(`${level}: ${message}`)
        // The host's stack at this point runs through the bundle's frames: where the app logged it.
        if (level === 'error') this.report('console.error', message.split(COMPONENT_STACK)[0], new Error().stack)
      },
    })
    const host: NativeHost = {
      callJs: (module, method, args) => this.bridge.callJs(module, method, args),
      emit: (name, ...args) => this.bridge.callJs('RCTDeviceEventEmitter', 'emit', [name, ...args]),
      later: (run, ms = 0) => {
        const timer = setTimeout(() => (this.timers.delete(timer), run()), ms)
        this.timers.add(timer)
        return () => (clearTimeout(timer), this.timers.delete(timer))
      },
      problem: (message) => this.report('native', message),
    }
    const sinks: NativeSinks = {
      tree: this.tree,
      network: this.network,
      storage: this.storage,
      onException: (e) => {
        const message = e.message.split(COMPONENT_STACK)[0]
        const frames = (e.stack ?? []).map((f) => `    at ${f.methodName} (${f.file}:${f.lineNumber}:${f.column})`).join('\n')
        if (e.isFatal) return this.report('fatal JS exception', message, frames)
        // Not fatal: a console.error, logged just before. The error's own frames beat where React logged it.
        const logged = [...this.problems].reverse().find((p) => p.kind === 'console.error' && message.includes(p.message.split('\n')[0]))
        if (logged && readableStack(frames)) logged.message = this.describe(logged.message.split('\n')[0], frames)
      },
      onMissingModule: (name) => {
        if (ABSENT_ON_ANDROID[name] || this.missingModules.has(name)) return
        this.missingModules.add(name)
        this.report('unstubbed native module', `the bundle asked for native module "${name}", which this check does not stub (add it under test/rn/native/, or to absent.ts if devices lack it too)`)
      },
      missingViews: this.missingViews,
    }
    this.bridge = new NativeBridge(this.realm, nativeModules(host, this.realm, sinks), (message) => this.report('native', message), sinks.onMissingModule)
    Object.assign(this.realm.global, this.bridge.globals())
  }

  /** Loads the bundle and starts the app in a root view, as MainActivity does. */
  launch(): void {
    process.on('unhandledRejection', this.onRejection)
    try {
      this.realm.run(this.options.bundle)
    } catch (e: unknown) {
      this.report('fatal JS exception', e)
      return
    }
    this.tree.addRoot(ROOT_TAG)
    this.bridge.callJs('AppRegistry', 'runApplication', [this.options.appKey, { rootTag: ROOT_TAG, initialProps: {} }])
    this.pump = setInterval(() => this.bridge.flush(), FRAME_MS)
  }

  /** A finger down and up on a view: React Native's responder system decides who gets the tap. */
  tap(tag: number): void {
    const touch = (timestamp: number) => ({ target: tag, identifier: 0, pageX: 180, pageY: 390, locationX: 8, locationY: 8, timestamp })
    const now = Date.now()
    this.bridge.callJs('RCTEventEmitter', 'receiveTouches', ['topTouchStart', [touch(now)], [0]])
    this.bridge.callJs('RCTEventEmitter', 'receiveTouches', ['topTouchEnd', [touch(now + 60)], [0]])
  }

  /** Focus, the keyboard's text, blur: the events Android's ReactEditText sends. */
  type(tag: number, text: string): void {
    this.bridge.callJs('RCTEventEmitter', 'receiveEvent', [tag, 'topFocus', { target: tag }])
    this.bridge.callJs('RCTEventEmitter', 'receiveEvent', [tag, 'topChange', { target: tag, text, eventCount: text.length }])
    this.bridge.callJs('RCTEventEmitter', 'receiveEvent', [tag, 'topBlur', { target: tag }])
  }

  /** Android's back button, which React Navigation handles through BackHandler. */
  back(): void {
    this.bridge.callJs('RCTDeviceEventEmitter', 'emit', ['hardwareBackPress'])
  }

  dispose(): void {
    process.off('unhandledRejection', this.onRejection)
    clearInterval(this.pump)
    this.timers.forEach(clearTimeout)
  }

  /** `where`: a stack to take the frames from, when `error` carries none. */
  private report(kind: Problem['kind'], error: unknown, where?: string): void {
    // Errors from the realm are not instances of this realm's Error.
    const stack = typeof error === 'object' && error !== null && 'stack' in error ? String(error.stack) : undefined
    this.problems.push({ kind, message: this.describe(stack ? stack.split('\n')[0] : String(error), where ?? stack ?? ''), at: this.at })
  }

  /** The message and the readable frames of a stack, in source terms. */
  private describe(message: string, stack: string): string {
    const frames = readableStack(this.options.symbolicate(stack))
    return this.options.symbolicate(frames ? `${message}\n${frames}` : message)
  }
}
