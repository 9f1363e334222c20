import type { NativeModuleStub } from '../bridge'
import { eventEmitterMethods, fireAndForget, promised, sync, withCallbacks, type NativeHost } from './host'

/** A common Android phone: 1080 × 2340 px at 3×, so 360 × 780 dp. */
export const SCREEN = { width: 360, height: 780, scale: 3 }
const physical = { width: SCREEN.width * SCREEN.scale, height: SCREEN.height * SCREEN.scale, scale: SCREEN.scale, fontScale: 1, densityDpi: 480 }

/** Raised when the bundle reports a JS exception to native (a redbox in debug, a crash in release when fatal). */
export interface ReportedException {
  message: string
  isFatal: boolean
  stack?: StackFrame[]
}

export interface StackFrame {
  methodName?: string
  file?: string
  lineNumber?: number
  column?: number
}

/**
 * The core modules every React Native 0.73 Android app registers
 * (CoreModulesPackage and MainReactPackage), with the constants and answers
 * a freshly installed app on that phone would give.
 */
export const platformModules = (host: NativeHost, onException: (e: ReportedException) => void): Record<string, NativeModuleStub> => ({
  PlatformConstants: {
    constants: {
      isTesting: false,
      reactNativeVersion: { major: 0, minor: 73, patch: 8, prerelease: null },
      Version: 34,
      Release: '14',
      Serial: 'unknown',
      Fingerprint: 'rn-check',
      Model: 'rn-check',
      uiMode: 'normal',
      Brand: 'rn-check',
      Manufacturer: 'rn-check',
    },
    methods: { getAndroidID: sync(() => 'rn-check') },
  },
  DeviceInfo: {
    constants: { Dimensions: { windowPhysicalPixels: physical, screenPhysicalPixels: physical } },
    methods: {},
  },
  I18nManager: {
    constants: { isRTL: false, doLeftAndRightSwapInRTL: true, localeIdentifier: 'zh_CN' },
    methods: { allowRTL: fireAndForget(), forceRTL: fireAndForget(), swapLeftAndRightInRTL: fireAndForget() },
  },
  AppState: {
    constants: { initialAppState: 'active' },
    methods: { getCurrentAppState: withCallbacks(2, (_args, [success]) => success({ app_state: 'active' })), ...eventEmitterMethods },
  },
  Appearance: {
    methods: { getColorScheme: sync(() => 'light'), setColorScheme: fireAndForget(), ...eventEmitterMethods },
  },
  IntentAndroid: {
    methods: {
      getInitialURL: promised(() => null),
      canOpenURL: promised(() => false),
      openURL: promised((url: string) => host.problem(`the app asked Android to open ${url}`)),
      openSettings: promised(() => undefined),
      sendIntent: promised(() => undefined),
    },
  },
  SoundManager: { methods: { playTouchSound: fireAndForget() } },
  ImageLoader: {
    methods: {
      abortRequest: fireAndForget(),
      getSize: promised(() => ({ width: 96, height: 96 })),
      getSizeWithHeaders: promised(() => ({ width: 96, height: 96 })),
      prefetchImage: promised(() => true),
      queryCache: promised(() => ({})),
    },
  },
  SourceCode: { constants: { scriptURL: 'assets://index.android.bundle' }, methods: {} },
  DeviceEventManager: { methods: { invokeDefaultBackPressHandler: fireAndForget() } },
  HeadlessJsTaskSupport: { methods: { notifyTaskFinished: fireAndForget(), notifyTaskRetry: promised(() => false) } },
  AccessibilityInfo: {
    methods: {
      isReduceMotionEnabled: withCallbacks(1, (_args, [done]) => done(false)),
      isTouchExplorationEnabled: withCallbacks(1, (_args, [done]) => done(false)),
      isAccessibilityServiceEnabled: withCallbacks(1, (_args, [done]) => done(false)),
      setAccessibilityFocus: fireAndForget(),
      announceForAccessibility: fireAndForget(),
      getRecommendedTimeoutMillis: withCallbacks(1, (args, [done]) => done(args[0])),
    },
  },
  StatusBarManager: {
    constants: { HEIGHT: 24, DEFAULT_BACKGROUND_COLOR: 0 },
    methods: { setColor: fireAndForget(), setTranslucent: fireAndForget(), setStyle: fireAndForget(), setHidden: fireAndForget() },
  },
  ExceptionsManager: {
    methods: {
      reportException: fireAndForget((data: ReportedException) => onException({ message: data.message, isFatal: data.isFatal, stack: data.stack })),
      reportFatalException: fireAndForget((message: string) => onException({ message, isFatal: true })),
      reportSoftException: fireAndForget((message: string) => onException({ message, isFatal: false })),
      updateExceptionMessage: fireAndForget(),
      dismissRedbox: fireAndForget(),
    },
  },
  Timing: timing(host),
})

/**
 * Android's TimingModule: JS asks for a timer, native calls
 * `JSTimers.callTimers([id])` when it is due (at once for a zero delay).
 */
const timing = (host: NativeHost): NativeModuleStub => {
  const live = new Map<number, () => void>()
  const fire = (id: number) => host.callJs('JSTimers', 'callTimers', [[id]])
  const schedule = (id: number, delay: number, every?: number) => {
    live.set(id, host.later(() => {
      if (every === undefined) live.delete(id)
      else schedule(id, every, every)
      fire(id)
    }, delay))
  }
  return {
    methods: {
      createTimer: fireAndForget((id: number, duration: number, scheduledAt: number, repeats: boolean) => {
        schedule(id, Math.max(0, duration - (Date.now() - scheduledAt)), repeats ? Math.max(1, duration) : undefined)
      }),
      deleteTimer: fireAndForget((id: number) => {
        live.get(id)?.()
        live.delete(id)
      }),
      setSendIdleEvents: fireAndForget(),
    },
  }
}
