/**
 * The few `@tarojs/taro` APIs NutUI React Taro calls while it renders, as
 * Taro's H5 runtime answers them in a 375 × 667 window, so Jest renders the
 * real NutUI components (dialog, toast, pickers) over the component stand-ins.
 */
type Listener = (...args: unknown[]) => void

const listeners = new Map<string, Set<Listener>>()

export const eventCenter = {
  on: (name: string, fn: Listener) => void (listeners.get(name) ?? listeners.set(name, new Set()).get(name)!).add(fn),
  off: (name: string, fn?: Listener) => void (fn ? listeners.get(name)?.delete(fn) : listeners.delete(name)),
  trigger: (name: string, ...args: unknown[]) => listeners.get(name)?.forEach((fn) => fn(...args)),
}

export const nextTick = (fn: () => void): void => void Promise.resolve().then(fn)

const windowInfo = { windowWidth: 375, windowHeight: 667, screenWidth: 375, screenHeight: 667, pixelRatio: 2, statusBarHeight: 0 }
export const getWindowInfo = () => windowInfo
export const getSystemInfoSync = () => ({ ...windowInfo, platform: 'devtools', SDKVersion: '3.0.0' })
export const getDeviceInfo = () => ({ platform: 'devtools', pixelRatio: 2 })
export const getAppBaseInfo = () => ({ SDKVersion: '3.0.0', theme: 'light' })

/** A query whose every node measures as an empty box, as jsdom has no layout. */
export const createSelectorQuery = () => {
  const query = {
    select: () => query,
    selectAll: () => query,
    boundingClientRect: () => query,
    scrollOffset: () => query,
    fields: () => query,
    exec: (callback?: (result: unknown[]) => void) => callback?.([{ width: 0, height: 0, top: 0, left: 0, right: 0, bottom: 0 }]),
  }
  return query
}
