/**
 * Native modules the bundle looks up that a React Native 0.73 Android app on
 * the classic bridge does not have either. Libraries probe for them and fall
 * back, so asking is not a failure; asking for any other unstubbed module is.
 */
export const ABSENT_ON_ANDROID: Record<string, string> = {
  NativePerformanceCxx: 'C++ TurboModule of the new architecture only',
  NativePerformanceObserverCxx: 'C++ TurboModule of the new architecture only',
  RedBox: 'iOS only (Android shows red boxes from DevSupportManager)',
  BugReporting: 'Meta-internal, not in open-source React Native',
  LinkingManager: "iOS's Linking module; Android's is IntentAndroid",
  FrameRateLogger: 'iOS only',
  KeyboardObserver: 'iOS only; Android sends keyboard events through DeviceEventManager',
  PlatformLocalStorage: "async-storage's Windows module",
  RNC_AsyncSQLiteDBStorage: "async-storage's old iOS SQLite module; Android registers RNCAsyncStorage",
  EXReactNativeEventEmitter: "expo-modules-core's iOS event emitter",
  'expo.modules.NativeModulesProxy': 'expo-modules-core probes for it and falls back to NativeUnimoduleProxy',
}
