import type { NativeModuleStub } from '../bridge'
import type { Realm } from '../realm'
import { sync } from './host'

/**
 * The Expo (SDK 50) modules @tarojs/taro-rn imports, with what their JS asks
 * of them when a page loads Taro's API (constants and event methods). None is
 * exercised by the check: a page that really used the camera or the sensors
 * would need its stub to do more, and the stub's `methods` list says what
 * exists. Any other name the bundle asks for is recorded as missing.
 */
const EXPO_MODULES: Record<string, { constants?: Record<string, unknown>; methods?: string[] }> = {
  ExponentAV: {},
  ExpoVideoView: {},
  // expo-camera's CameraViewModule constants (Android).
  ExpoCamera: {
    constants: {
      Type: { front: 1, back: 0 },
      FlashMode: { off: 0, on: 1, auto: 3, torch: 2 },
      AutoFocus: { on: true, off: false },
      WhiteBalance: { auto: 0, cloudy: 1, sunny: 2, shadow: 3, fluorescent: 4, incandescent: 5 },
      VideoQuality: { '2160p': 0, '1080p': 1, '720p': 2, '480p': 3, '4:3': 4 },
    },
  },
  ExpoBarCodeScanner: { constants: { Type: { front: 'front', back: 'back' }, BarCodeType: {} } },
  ExpoBrightness: {},
  ExponentFileSystem: {
    constants: { documentDirectory: 'file:///data/user/0/cn.gov.superapp/files/', cacheDirectory: 'file:///data/user/0/cn.gov.superapp/cache/', bundleDirectory: null },
  },
  ExponentImagePicker: {},
  ExpoKeepAwake: {},
  ExpoLocation: {},
  ExponentAccelerometer: {},
  ExponentGyroscope: {},
  ExponentDeviceMotion: { constants: { Gravity: 9.80665 } },
  ExponentMagnetometer: {},
  ExponentMagnetometerUncalibrated: {},
  ExpoBarometer: {},
  ExpoPedometer: {},
  ExpoLightSensor: {},
}

const EVENT_METHODS = ['addListener', 'removeListeners', 'startObserving', 'stopObserving']

/**
 * `global.expo`, which expo-modules-core's native side installs over JSI
 * before the bundle runs, and the legacy `NativeUnimoduleProxy` bridge
 * module it checks for. Lookups of modules with no entry above are recorded.
 */
export const installExpo = (realm: Realm, onMissing: (name: string) => void): Record<string, NativeModuleStub> => {
  const built = new Map<string, unknown>()
  const make = vmFactory(realm)
  const modules = new Proxy({}, {
    get: (_target, name) => {
      if (typeof name !== 'string') return undefined
      const spec = EXPO_MODULES[name]
      if (!spec) {
        onMissing(`expo.modules.${name}`)
        return undefined
      }
      if (!built.has(name)) built.set(name, make(name, spec.constants ?? {}, [...EVENT_METHODS, ...(spec.methods ?? [])]))
      return built.get(name)
    },
  })
  realm.global.expo = Object.assign(realm.clone({}) as object, {
    modules,
    uuidv4: () => crypto.randomUUID(),
    uuidv5: () => crypto.randomUUID(),
  })
  return {
    NativeUnimoduleProxy: { constants: { exportedMethods: {}, modulesConstants: {}, viewManagersMetadata: {} }, methods: {} },
    ExpoModulesCore: { methods: { installModules: sync(() => undefined) } },
  }
}

type ModuleFactory = (name: string, constants: Record<string, unknown>, methods: string[]) => unknown

/** Expo's JSI modules are the realm's own objects; their async functions answer with the realm's promises. */
const vmFactory = (realm: Realm): ModuleFactory => {
  const factory = realm.evaluate(`(name, constants, methods) => {
    const module = Object.assign({ __expo_module_name__: name }, constants)
    for (const method of methods) module[method] = () => Promise.resolve(null)
    return module
  }`) as (name: string, constants: unknown, methods: string[]) => unknown
  return (name, constants, methods) => factory(name, realm.clone(constants), realm.clone(methods) as string[])
}
