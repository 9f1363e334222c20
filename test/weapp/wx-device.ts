import { asyncApi, type CallbackOptions } from './wx-callbacks'

/** An iPhone-sized window on a recent base library; Taro reads these at start-up. */
const WINDOW = { pixelRatio: 3, screenWidth: 390, screenHeight: 844, windowWidth: 390, windowHeight: 753, statusBarHeight: 47 }
const SYSTEM = {
  ...WINDOW,
  brand: 'iPhone', model: 'iPhone 13', system: 'iOS 17.5', platform: 'ios', language: 'zh_CN', version: '8.0.50',
  SDKVersion: '3.5.8', fontSizeSetting: 16, theme: 'light', safeArea: { top: 47, left: 0, right: 390, bottom: 810, width: 390, height: 763 },
}

/** What the resident saw and answered outside the page: toasts, modals, loading, tab badges. */
export interface DeviceEvents {
  toasts: string[]
  modals: { title: string; content: string }[]
  badges: Record<number, string | undefined>
  subscribeRequests: string[][]
  brightness: number
}

/**
 * The device side of `wx`: system info, feedback UI, WeChat login and the
 * platform flows the app hands off to (payment, face check, subscriptions).
 * Payment and the face check answer as the sandbox does; the server decides.
 */
export const createDevice = () => {
  const events: DeviceEvents = { toasts: [], modals: [], badges: {}, subscribeRequests: [], brightness: 0.5 }
  let loginCount = 0
  const ok = (name: string) => asyncApi(name, () => ({}))
  return {
    events,
    api: {
      getSystemInfoSync: () => ({ ...SYSTEM }),
      getSystemInfo: asyncApi('getSystemInfo', () => ({ ...SYSTEM })),
      getWindowInfo: () => ({ ...WINDOW }),
      getDeviceInfo: () => ({ brand: SYSTEM.brand, model: SYSTEM.model, system: SYSTEM.system, platform: SYSTEM.platform }),
      getAppBaseInfo: () => ({ SDKVersion: SYSTEM.SDKVersion, language: SYSTEM.language, version: SYSTEM.version, theme: SYSTEM.theme }),
      getMenuButtonBoundingClientRect: () => ({ width: 87, height: 32, top: 51, right: 383, bottom: 83, left: 296 }),
      canIUse: () => true,
      getAccountInfoSync: () => ({ miniProgram: { appId: 'touristappid', envVersion: 'develop', version: '' } }),
      showToast: asyncApi('showToast', (o: CallbackOptions) => (events.toasts.push(String(o.title ?? '')), {})),
      hideToast: ok('hideToast'),
      showLoading: ok('showLoading'),
      hideLoading: ok('hideLoading'),
      showModal: asyncApi('showModal', (o: CallbackOptions) => {
        events.modals.push({ title: String(o.title ?? ''), content: String(o.content ?? '') })
        return { confirm: true, cancel: false }
      }),
      setNavigationBarTitle: ok('setNavigationBarTitle'),
      setNavigationBarColor: ok('setNavigationBarColor'),
      setTabBarBadge: asyncApi('setTabBarBadge', (o: CallbackOptions) => ((events.badges[Number(o.index)] = String(o.text)), {})),
      removeTabBarBadge: asyncApi('removeTabBarBadge', (o: CallbackOptions) => ((events.badges[Number(o.index)] = undefined), {})),
      showTabBarRedDot: ok('showTabBarRedDot'),
      hideTabBarRedDot: ok('hideTabBarRedDot'),
      setScreenBrightness: asyncApi('setScreenBrightness', (o: CallbackOptions) => ((events.brightness = Number(o.value)), {})),
      getScreenBrightness: asyncApi('getScreenBrightness', () => ({ value: events.brightness })),
      setKeepScreenOn: ok('setKeepScreenOn'),
      login: asyncApi('login', () => ({ code: `wx-code-${(loginCount += 1)}` })),
      checkSession: ok('checkSession'),
      requestPayment: ok('requestPayment'),
      requestSubscribeMessage: asyncApi('requestSubscribeMessage', (o: CallbackOptions) => {
        const ids = (o.tmplIds as string[] | undefined) ?? []
        events.subscribeRequests.push(ids)
        return Object.fromEntries(ids.map((id) => [id, 'accept']))
      }),
      requestFacialVerify: asyncApi('requestFacialVerify', () => ({ verifyResult: 'mock-verify-result' })),
      onAppShow: () => undefined,
      onAppHide: () => undefined,
      offAppShow: () => undefined,
      offAppHide: () => undefined,
      onNeedPrivacyAuthorization: () => undefined,
      onMemoryWarning: () => undefined,
      onNetworkStatusChange: () => undefined,
      getNetworkType: asyncApi('getNetworkType', () => ({ networkType: 'wifi' })),
      nextTick: (fn: () => void) => void Promise.resolve().then(fn),
      reportAnalytics: () => undefined,
      getUpdateManager: () => ({ onCheckForUpdate: () => undefined, onUpdateReady: () => undefined, onUpdateFailed: () => undefined, applyUpdate: () => undefined }),
      createSelectorQuery: () => {
        const query = {
          in: () => query, select: () => query, selectAll: () => query, selectViewport: () => query,
          boundingClientRect: () => query, scrollOffset: () => query, fields: () => query, node: () => query,
          exec: (cb?: (result: unknown[]) => void) => void setTimeout(() => cb?.([]), 0),
        }
        return query
      },
    },
  }
}
