import type { NativeModuleStub } from '../bridge'
import { eventEmitterMethods, fireAndForget, promised, sync } from './host'
import { SCREEN } from './platform'

const STATUS_BAR = 24

/**
 * Native modules of the libraries Taro's RN runtime depends on, which a Taro
 * 0.73 native shell links: react-native-device-info (14.x),
 * react-native-gesture-handler (2.14), react-native-safe-area-context
 * (4.8), @react-native-clipboard/clipboard (1.16), geolocation (3.x),
 * @react-native-community/netinfo (11.x) and
 * @bam.tech/react-native-image-resizer (3.x). Constants are what their Android modules report on the phone
 * described in ./platform.ts.
 */
export const libraryModules = (): Record<string, NativeModuleStub> => ({
  RNDeviceInfo: {
    constants: {
      deviceId: 'rn-check',
      bundleId: 'cn.gov.superapp',
      systemName: 'Android',
      systemVersion: '14',
      appVersion: '0.1.0',
      buildNumber: '1',
      isTablet: false,
      isLowRamDevice: false,
      appName: 'govSuperApp',
      brand: 'rn-check',
      model: 'rn-check',
      deviceType: 'Handset',
    },
    methods: { ...eventEmitterMethods },
  },
  RNGestureHandlerModule: {
    constants: {
      State: { UNDETERMINED: 0, FAILED: 1, BEGAN: 2, CANCELLED: 3, ACTIVE: 4, END: 5 },
      Direction: { RIGHT: 1, LEFT: 2, UP: 4, DOWN: 8 },
    },
    methods: {
      createGestureHandler: fireAndForget(),
      attachGestureHandler: fireAndForget(),
      updateGestureHandler: fireAndForget(),
      dropGestureHandler: fireAndForget(),
      handleSetJSResponder: fireAndForget(),
      handleClearJSResponder: fireAndForget(),
      flushOperations: fireAndForget(),
      install: sync(() => true),
    },
  },
  RNCClipboard: {
    methods: {
      ...Object.fromEntries(['getString', 'getImagePNG', 'getImageJPG', 'getImage'].map((name) => [name, promised(() => '')])),
      getStrings: promised(() => []),
      ...Object.fromEntries(['hasString', 'hasImage', 'hasURL', 'hasNumber', 'hasWebURL'].map((name) => [name, promised(() => false)])),
      ...Object.fromEntries(['setString', 'setStrings', 'setImage', 'setListener', 'removeListener'].map((name) => [name, fireAndForget()])),
      ...eventEmitterMethods,
    },
  },
  ImageResizer: { methods: { createResizedImage: promised(() => Promise.reject(new Error('no images to resize in the check'))) } },
  RNCGeolocation: {
    methods: {
      setConfiguration: fireAndForget(),
      requestAuthorization: fireAndForget(),
      getCurrentPosition: fireAndForget(),
      startObserving: fireAndForget(),
      stopObserving: fireAndForget(),
      ...eventEmitterMethods,
    },
  },
  RNCNetInfo: {
    methods: {
      getCurrentState: promised(() => ({ type: 'wifi', isConnected: true, isInternetReachable: true, isWifiEnabled: true, details: { isConnectionExpensive: false } })),
      configure: fireAndForget(),
      ...eventEmitterMethods,
    },
  },
  RNCSafeAreaContext: {
    constants: {
      initialWindowMetrics: {
        insets: { top: STATUS_BAR, right: 0, bottom: 0, left: 0 },
        frame: { x: 0, y: 0, width: SCREEN.width, height: SCREEN.height },
      },
    },
    methods: {},
  },
})
