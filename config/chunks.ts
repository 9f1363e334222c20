/**
 * How the builds split their JavaScript. H5, added to Taro's own groups
 * (`taro` for every @tarojs package on the first load, `vendors`, `common`).
 *
 * - `taro-components`: Taro copies the @tarojs/components React wrappers into
 *   every page chunk (about 12 KB each); one shared async chunk holds them once
 *   (total H5 JS fell from 952 KB to 634 KB raw when measured).
 * - `framework`: React, Redux and their helpers change only when
 *   package-lock.json does, so they get a chunk of their own whose hash
 *   survives the app's releases and stays in residents' caches.
 */
const nodeModule = (packages: string) => new RegExp(`[\\\\/]node_modules[\\\\/](${packages})[\\\\/]`)

export const H5_CACHE_GROUPS = {
  'taro-components': {
    test: nodeModule('@tarojs[\\\\/](components|taro-h5)'),
    chunks: 'async',
    name: 'taro-components',
    priority: 110,
    enforce: true,
  },
  framework: {
    test: nodeModule('react|react-dom|scheduler|react-redux|redux|@reduxjs[\\\\/]toolkit|immer|reselect|use-sync-external-store'),
    chunks: 'initial',
    name: 'framework',
    priority: 90,
    enforce: true,
  },
} as const

/** Polyfills for APIs every H5 target has natively (AbortController: Chrome 66, Safari 12.1); aliased to config/h5-native.js. */
export const H5_NATIVE_POLYFILLS = ['whatwg-fetch', 'abortcontroller-polyfill/dist/abortcontroller-polyfill-only'] as const

/** Modules Taro's H5 runtime imports for options the app never uses, each aliased to a stand-in that refuses loudly. */
export const H5_UNUSED_MODULES = { 'jsonp-retry': 'h5-no-jsonp.js' } as const

/**
 * weapp: Taro's `taro` cache group puts every @tarojs module in the main
 * package's taro.js. Today the app imports only @tarojs/components (native
 * tags on weapp) and @tarojs/taro, which every page needs. A mini-app that
 * adds @tarojs/components-advanced (VirtualList, about 24 KB) would push it
 * into the main package too; this keeps it in that mini-app's subpackage.
 */
const TARO_SCOPED = /@tarojs[\\/][a-z]+/
const SUBPACKAGE_ONLY_TARO = /@tarojs[\\/]components-advanced/

export const WEAPP_TARO_GROUP = {
  test: (module: { context?: string | null }): boolean =>
    TARO_SCOPED.test(module.context ?? '') && !SUBPACKAGE_ONLY_TARO.test(module.context ?? ''),
}
