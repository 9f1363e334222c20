import type { Callback, NativeMethod } from '../bridge'

/** What a native module stub may do back to JS, as a device's native side would. */
export interface NativeHost {
  /** A call on a JS module registered with the bridge (`AppRegistry`, `RCTEventEmitter`, `JSTimers`, ...). */
  callJs: (module: string, method: string, args: unknown[]) => void
  /** `RCTDeviceEventEmitter.emit(name, ...args)`: how native modules publish events. */
  emit: (name: string, ...args: unknown[]) => void
  /** Runs on a later turn, as native work does; returns a cancel. The device clears what is left when it stops. */
  later: (run: () => void, ms?: number) => () => void
  /** A native failure the check must report (a stub asked for something it cannot do). */
  problem: (message: string) => void
}

/** Shorthands for declaring methods. */
export const fireAndForget = (run: (...args: never[]) => unknown = () => undefined): NativeMethod => ({
  kind: 'async',
  run: (args) => (run as (...a: unknown[]) => unknown)(...args),
})

export const withCallbacks = (callbacks: number, run: (args: unknown[], cbs: Callback[]) => unknown): NativeMethod => ({
  kind: 'async',
  callbacks,
  run,
})

export const promised = (run: (...args: never[]) => unknown): NativeMethod => ({
  kind: 'promise',
  run: (args) => (run as (...a: unknown[]) => unknown)(...args),
})

export const sync = (run: (...args: never[]) => unknown): NativeMethod => ({
  kind: 'sync',
  run: (args) => (run as (...a: unknown[]) => unknown)(...args),
})

/** Event-emitter modules all carry these two no-ops (NativeEventEmitter calls them). */
export const eventEmitterMethods = {
  addListener: fireAndForget(),
  removeListeners: fireAndForget(),
}
