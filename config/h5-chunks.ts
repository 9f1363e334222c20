/**
 * How the H5 build splits its JavaScript, added to Taro's own groups
 * (`taro` for every @tarojs package on the first load, `vendors`, `common`).
 *
 * - `taro-components`: Taro copies the @tarojs/components React wrappers into
 *   every page chunk (about 12 KB each); one shared async chunk holds them once
 *   (total H5 JS fell by about 30% when measured, docs/performance.md).
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
