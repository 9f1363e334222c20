import { applySetData, SET_DATA_LIMIT_BYTES } from './page-data'
import { WxFail, asyncApi, type CallbackOptions } from './wx-callbacks'

type Hook = (...args: unknown[]) => unknown
type Config = Record<string, unknown>

export interface AppJson {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
  tabBar?: { list: { pagePath: string }[] }
}

/** A page instance as WeChat makes it: the registered config's members, plus route, options, data and setData. */
export interface PageInstance extends Config {
  route: string
  options: Record<string, string>
  data: Record<string, unknown>
  setData: (patch: Record<string, unknown>, callback?: () => void) => void
}

/** WeChat's page stack is at most 10 deep (platform-limits.md). */
const MAX_STACK = 10

const parseUrl = (url: string, from: string): { route: string; query: Record<string, string> } => {
  const [path, search = ''] = url.split('?')
  const base = from.split('/').slice(0, -1)
  const route = path.startsWith('/') ? path.slice(1) : [...base, ...path.split('/')].join('/')
  const query = Object.fromEntries(search.split('&').filter(Boolean).map((pair) => pair.split('=') as [string, string]))
  return { route, query }
}

/**
 * Registers `App`, `Page` and `Component` as the built files call them, and
 * drives the page stack and lifecycles the way WeChat's router does,
 * including its refusals (unknown page, a redirect to a tab page, a stack
 * deeper than ten).
 */
export const createAppHost = (appJson: AppJson, loadPageModule: (route: string) => void, onRender: (page: PageInstance, patch: Record<string, unknown>) => void) => {
  const routes = new Set([...appJson.pages, ...(appJson.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))])
  const tabs = new Set((appJson.tabBar?.list ?? []).map((t) => t.pagePath))
  const pageConfigs = new Map<string, Config>()
  const components: Config[] = []
  const stack: PageInstance[] = []
  let app: Config | undefined
  let loading: string | undefined

  const call = (target: Config | undefined, hook: string, ...args: unknown[]) => (target?.[hook] as Hook | undefined)?.apply(target, args)

  const instantiate = (route: string, query: Record<string, string>): PageInstance => {
    if (!pageConfigs.has(route)) {
      loading = route
      loadPageModule(route)
      loading = undefined
    }
    const config = pageConfigs.get(route)
    if (!config) throw new Error(`${route}.js ran but did not call Page()`)
    const page = { ...config, route, __route__: route, options: query, data: JSON.parse(JSON.stringify(config.data ?? {})) } as unknown as PageInstance
    page.setData = (patch, callback) => {
      const bytes = Buffer.byteLength(JSON.stringify(patch))
      if (bytes > SET_DATA_LIMIT_BYTES) throw new Error(`${route}: one setData of ${bytes} bytes exceeds WeChat's 1,024 KB limit`)
      applySetData(page.data, patch)
      onRender(page, patch)
      if (callback) setTimeout(callback, 0)
    }
    return page
  }

  const open = (route: string, query: Record<string, string>) => {
    const page = instantiate(route, query)
    stack.push(page)
    call(page, 'onLoad', query)
    call(page, 'onShow')
    setTimeout(() => call(page, 'onReady'), 0)
    return page
  }
  const close = (page: PageInstance | undefined) => call(page, 'onUnload')
  const check = (name: string, route: string) => {
    if (!routes.has(route)) throw new WxFail(`${name}:fail page "${route}" is not found`)
  }

  const navigation = {
    navigateTo: asyncApi('navigateTo', (o: CallbackOptions) => {
      const { route, query } = parseUrl(String(o.url), stack.at(-1)?.route ?? '')
      check('navigateTo', route)
      if (tabs.has(route)) throw new WxFail('navigateTo:fail can not navigateTo a tabbar page')
      if (stack.length >= MAX_STACK) throw new WxFail('navigateTo:fail webview count limit exceed')
      call(stack.at(-1), 'onHide')
      open(route, query)
      return {}
    }),
    redirectTo: asyncApi('redirectTo', (o: CallbackOptions) => {
      const { route, query } = parseUrl(String(o.url), stack.at(-1)?.route ?? '')
      check('redirectTo', route)
      if (tabs.has(route)) throw new WxFail('redirectTo:fail can not redirectTo a tabbar page')
      close(stack.pop())
      open(route, query)
      return {}
    }),
    switchTab: asyncApi('switchTab', (o: CallbackOptions) => {
      const { route } = parseUrl(String(o.url), '')
      if (!tabs.has(route)) throw new WxFail('switchTab:fail can not switch to no-tabBar page')
      while (stack.length > 0) close(stack.pop())
      open(route, {})
      return {}
    }),
    reLaunch: asyncApi('reLaunch', (o: CallbackOptions) => {
      const { route, query } = parseUrl(String(o.url), '')
      check('reLaunch', route)
      while (stack.length > 0) close(stack.pop())
      open(route, query)
      return {}
    }),
    navigateBack: asyncApi('navigateBack', (o: CallbackOptions) => {
      const delta = Math.max(1, Number(o.delta ?? 1))
      if (stack.length <= 1) throw new WxFail('navigateBack:fail cannot navigate back at first page.')
      for (let i = 0; i < delta && stack.length > 1; i += 1) close(stack.pop())
      call(stack.at(-1), 'onShow')
      return {}
    }),
  }

  return {
    stack,
    components,
    navigation,
    globals: {
      App: (config: Config) => void (app = config),
      Page: (config: Config) => {
        if (!loading) throw new Error('Page() was called outside the loading of a page file')
        pageConfigs.set(loading, config)
      },
      Component: (config: Config) => void components.push(config),
      Behavior: (config: Config) => config,
      getApp: () => app,
      getCurrentPages: () => [...stack],
    },
    /** WeChat's start: App's onLaunch and onShow, then the first page. */
    launch: (path = appJson.pages[0]) => {
      if (!app) throw new Error('app.js ran but did not call App()')
      const options = { path, query: {}, scene: 1001, referrerInfo: {} }
      call(app, 'onLaunch', options)
      call(app, 'onShow', options)
      return open(path, {})
    },
    current: () => stack.at(-1),
  }
}
