/**
 * A stand-in for `@tarojs/taro` under Jest, mapped by test/jest.config.js.
 * `request` keeps Taro's contract (resolve with statusCode for every HTTP
 * status, reject with `{ errMsg }` when the network fails) but goes through
 * `fetch`, so MSW's node interceptor answers it with the real handlers.
 */
import * as uiApis from './taro-ui-apis'

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

interface RequestOptions {
  url: string
  method?: Method
  data?: unknown
  header?: Record<string, string>
  timeout?: number
}

const withQuery = (url: URL, data: unknown): URL => {
  if (data && typeof data === 'object') {
    Object.entries(data as Record<string, unknown>).forEach(([k, v]) => url.searchParams.set(k, String(v)))
  }
  return url
}

const request = async ({ url, method = 'GET', data, header, timeout = 60_000 }: RequestOptions) => {
  const target = new URL(url, window.location.href)
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeout)
  try {
    const response = await fetch(method === 'GET' ? withQuery(target, data) : target, {
      method,
      headers: header,
      body: method === 'GET' || data === undefined ? undefined : JSON.stringify(data),
      signal: controller.signal,
    })
    const text = await response.text()
    let body: unknown = text
    try {
      body = text ? JSON.parse(text) : ''
    } catch {
      // Not JSON: Taro hands back the raw text too.
    }
    return { statusCode: response.status, data: body, header: Object.fromEntries(response.headers), errMsg: 'request:ok' }
  } catch (e: unknown) {
    throw { errMsg: controller.signal.aborted ? 'request:fail timeout' : `request:fail ${e instanceof Error ? e.message : String(e)}` }
  } finally {
    clearTimeout(timer)
  }
}

/** The page stack, as the navigation APIs leave it. */
const pages: string[] = ['/pages/home/index']
const storage = new Map<string, unknown>()

const navigateTo = async ({ url }: { url: string }) => {
  pages.push(url)
  return { errMsg: 'navigateTo:ok' }
}
const redirectTo = async ({ url }: { url: string }) => {
  pages[pages.length - 1] = url
  return { errMsg: 'redirectTo:ok' }
}
const switchTab = async ({ url }: { url: string }) => {
  pages.splice(0, pages.length, url)
  return { errMsg: 'switchTab:ok' }
}
const navigateBack = async ({ delta = 1 }: { delta?: number } = {}) => {
  pages.splice(Math.max(1, pages.length - delta))
  return { errMsg: 'navigateBack:ok' }
}
const getCurrentPages = () => pages.map((route) => ({ route: route.replace(/^\//, '').split('?')[0] }))

/**
 * Storage counts and refuses as WeChat does: 1 MB per key, 10 MB in all,
 * sizes reported in KB, and a write that does not fit fails with WeChat's
 * errMsg and leaves the old value in place.
 */
const STORAGE_LIMIT_KB = 10240
const ENTRY_LIMIT_BYTES = 1024 * 1024
const entryBytes = (key: string, value: unknown) => new TextEncoder().encode(key + JSON.stringify(value ?? '')).length
const storedBytes = (except?: string) => [...storage].reduce((sum, [k, v]) => (k === except ? sum : sum + entryBytes(k, v)), 0)

const getStorageSync = (key: string) => storage.get(key) ?? ''
const setStorageSync = (key: string, value: unknown) => {
  const bytes = entryBytes(key, value)
  if (bytes > ENTRY_LIMIT_BYTES) throw { errMsg: 'setStorageSync:fail exceed storage item max length' }
  if (storedBytes(key) + bytes > STORAGE_LIMIT_KB * 1024) throw { errMsg: 'setStorageSync:fail exceed storage max size 10MB' }
  storage.set(key, value)
}
const removeStorageSync = (key: string) => void storage.delete(key)
const getStorageInfoSync = () => ({ keys: [...storage.keys()], currentSize: Math.ceil(storedBytes() / 1024), limitSize: STORAGE_LIMIT_KB })
// The asynchronous storage calls, the only ones React Native has (src/shell/platform/sync-storage.rn.ts).
const getStorage = async ({ key }: { key: string }) => {
  if (!storage.has(key)) throw { errMsg: 'getStorage:fail data not found' }
  return { data: storage.get(key), errMsg: 'getStorage:ok' }
}
const setStorage = async ({ key, data }: { key: string; data: unknown }) => (storage.set(key, data), { errMsg: 'setStorage:ok' })
const removeStorage = async ({ key }: { key: string }) => (storage.delete(key), { errMsg: 'removeStorage:ok' })
const getStorageInfo = async () => ({ ...getStorageInfoSync(), errMsg: 'getStorageInfo:ok' })
const showToast = async () => ({ errMsg: 'showToast:ok' })
/** What the next showModal answers, queued by a test as a resident would tap; each prompt is recorded. */
export const modalPrompts: { title?: string; content?: string; confirmText?: string; cancelText?: string }[] = []
const modalAnswers: boolean[] = []
export const queueModalAnswer = (confirm: boolean): void => void modalAnswers.push(confirm)
const showModal = async (options: (typeof modalPrompts)[number]) => {
  modalPrompts.push(options)
  const confirm = modalAnswers.shift()
  // A modal nobody answers would hang the app: a test must say what the resident taps.
  if (confirm === undefined) throw new Error(`showModal "${options.title}" opened with no answer queued (queueModalAnswer)`)
  return { confirm, cancel: !confirm, errMsg: 'showModal:ok' }
}
/** wx.login's code; the mock backend accepts any non-empty code. */
const login = async () => ({ code: 'wx-test-code', errMsg: 'login:ok' })
const getEnv = () => 'WEB'
/** Dialling is the phone's business; tests check what number was asked for. */
const makePhoneCall = async (_options: { phoneNumber: string }) => ({ errMsg: 'makePhoneCall:ok' })

/** What the next chooseImage / chooseMessageFile picks: a test queues the files a resident would choose. */
type PickedStandIn = { path: string; size: number; name?: string; type?: string }
const picks: PickedStandIn[][] = []
export const queuePickedFiles = (files: PickedStandIn[]): void => void picks.push(files)
const nextPick = () => {
  const files = picks.shift()
  if (!files) throw { errMsg: 'chooseImage:fail cancel' }
  return files
}
const chooseImage = async () => {
  const tempFiles = nextPick()
  return { tempFilePaths: tempFiles.map((f) => f.path), tempFiles: tempFiles.map((f) => ({ ...f, originalFileObj: { type: f.type, name: f.name } })), errMsg: 'chooseImage:ok' }
}
const chooseMessageFile = async () => ({ tempFiles: nextPick().map((f) => ({ ...f, name: f.name ?? f.path, type: 'file' })), errMsg: 'chooseMessageFile:ok' })
const saveFile = async ({ tempFilePath }: { tempFilePath: string }) => ({ savedFilePath: tempFilePath.replace('tmp', 'store'), errMsg: 'saveFile:ok' })
/** The tab bar's badges by tab index, and each subscription prompt's template ids, as a test reads them. */
export const tabBarBadges = new Map<number, string>()
export const subscriptionPrompts: string[][] = []
const setTabBarBadge = async ({ index, text }: { index: number; text: string }) => (tabBarBadges.set(index, text), { errMsg: 'setTabBarBadge:ok' })
const removeTabBarBadge = async ({ index }: { index: number }) => (tabBarBadges.delete(index), { errMsg: 'removeTabBarBadge:ok' })
/** As a resident who taps "reject": WeChat still answers, and the caller must carry on. */
const requestSubscribeMessage = async ({ tmplIds }: { tmplIds: string[] }) =>
  (subscriptionPrompts.push(tmplIds), { errMsg: 'requestSubscribeMessage:ok', ...Object.fromEntries(tmplIds.map((id) => [id, 'reject'])) })
/** As Taro H5 does for a 750-wide design: 40 design px are 1rem (20 CSS px at 375 wide). */
const pxTransform = (size: number) => `${size / 40}rem`

/** Called after each test so no navigation or storage leaks between tests. */
export const resetTaroStandIn = (): void => {
  pages.splice(0, pages.length, '/pages/home/index')
  storage.clear()
  picks.splice(0)
  tabBarBadges.clear()
  subscriptionPrompts.splice(0)
  modalPrompts.splice(0)
  modalAnswers.splice(0)
}

const Taro = {
  request,
  navigateTo,
  redirectTo,
  switchTab,
  navigateBack,
  getCurrentPages,
  getStorageSync,
  setStorageSync,
  removeStorageSync,
  getStorageInfoSync,
  getStorage,
  setStorage,
  removeStorage,
  getStorageInfo,
  showToast,
  showModal,
  login,
  getEnv,
  chooseImage,
  chooseMessageFile,
  saveFile,
  makePhoneCall,
  setTabBarBadge,
  removeTabBarBadge,
  requestSubscribeMessage,
  pxTransform,
  getCurrentInstance: () => ({ router: { path: pages[pages.length - 1].split('?')[0], params: {} }, page: null }),
  ...uiApis,
  ENV_TYPE: { WEAPP: 'WEAPP', WEB: 'WEB', RN: 'RN' },
}

export default Taro
export const { getCurrentInstance } = Taro
export { getEnv, pxTransform }
export { eventCenter, nextTick, createSelectorQuery, getWindowInfo, getSystemInfoSync } from './taro-ui-apis'
export const useLoad = (): void => {}
export const useDidShow = (): void => {}
export const useDidHide = (): void => {}
/** Like WeChat's page options: the current page's query values, not URL-decoded. */
export const useRouter = () => {
  const [path, query = ''] = pages[pages.length - 1].split('?')
  const params = Object.fromEntries(query.split('&').filter(Boolean).map((pair) => pair.split('=') as [string, string]))
  return { params, path }
}
