import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import { devConfig } from './dev'
import { prodConfig } from './prod'
import { mockSettings } from './mock-settings'
import { WEAPP_PONYFILLS, WeappPonyfillUsersPlugin } from './weapp-polyfills'
import { H5_CACHE_GROUPS, H5_NATIVE_POLYFILLS, H5_UNUSED_MODULES, WEAPP_TARO_GROUP } from './chunks'
import { ResourceHintsPlugin } from './h5-resource-hints'
import { ModuleSizesPlugin } from './miniapp/module-sizes-plugin'

const root = path.resolve(__dirname, '..')
// Mini-apps live beside src/, so Taro must be told to compile them too.
const compile = { include: [path.join(root, 'mini-apps'), path.join(root, 'mock')] }
const target = process.env.TARO_ENV ?? 'h5'

/**
 * The SDK's barrel and UI modules have no side effects but the blocks' own
 * styles. Said so, webpack links each import of `@sdk` straight to the module
 * that defines it; otherwise every page importing `@sdk` carries every block
 * (and NutUI) that any page uses, since weapp copies shared code into each
 * subpackage. Each block's Sass stays a side effect of that block.
 */
const pureSdkUi = (chain: { module: { rule: (name: string) => { test: (re: RegExp) => { set: (key: 'sideEffects', pure: boolean) => unknown } } } }) =>
  chain.module.rule('sdk-ui-pure').test(/[\\/]src[\\/]sdk[\\/](index\.ts|ui[\\/].+\.tsx?)$/).set('sideEffects', false)

// https://docs.taro.zone/docs/config
export default defineConfig<'webpack5'>(async (merge) => {
  const mock = mockSettings(target)
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'gov-superapp',
    date: '2026-11-22',
    // NutUI's styles are drawn on a 375-wide design, ours on 750 (toolchain.md). At run time
    // Taro.pxTransform calls this with a number: our own sizes, so 750.
    designWidth(input) {
      return typeof input === 'object' && input?.file?.replace(/\\+/g, '/').includes('@nutui') ? 375 : 750
    },
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // TARO_OUTPUT_ROOT lets checks build a variant (e.g. weapp against the mock server) beside the release build.
    outputRoot: process.env.TARO_OUTPUT_ROOT ?? `dist/${target}`,
    plugins: [],
    defineConstants: {
      'process.env.TARO_APP_MOCK': JSON.stringify(mock.enabled ? 'on' : 'off'),
      'process.env.TARO_APP_API_BASE': JSON.stringify(mock.apiBase),
    },
    alias: {
      '@sdk': path.join(root, 'src', 'sdk'),
    },
    copy: {
      // The MSW worker script is served from the H5 root only when mocks are on.
      patterns: mock.enabled && target === 'h5'
        ? [{ from: 'node_modules/msw/lib/mockServiceWorker.js', to: 'dist/h5/mockServiceWorker.js' }]
        : [],
      options: {},
    },
    framework: 'react',
    compiler: 'webpack5',
    // Taro's H5 default quote_keys: true turns `#field` into the invalid `#"field"`
    // for dependencies that ship class private fields (msw's do).
    terser: { enable: true, config: { output: { quote_keys: false } } },
    cache: { enable: false },
    mini: {
      compile,
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      // Modules used only by a mini-app's subpackage stay in that subpackage.
      optimizeMainPackage: { enable: true },
      webpackChain(chain, webpack) {
        chain.plugin('weapp-ponyfills').use(webpack.ProvidePlugin, [WEAPP_PONYFILLS])
        chain.plugin('weapp-ponyfill-users').use(WeappPonyfillUsersPlugin)
        // dist/weapp.modules.json: which modules fill each subpackage, for `npm run miniapp -- check` (never shipped).
        chain.plugin('module-sizes').use(ModuleSizesPlugin, [path.resolve(root, `${process.env.TARO_OUTPUT_ROOT ?? `dist/${target}`}.modules.json`)])
        chain.optimization.merge({ splitChunks: { cacheGroups: { taro: WEAPP_TARO_GROUP } } })
        pureSdkUi(chain)
      },
    },
    h5: {
      compile,
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[contenthash:8].css', chunkFilename: 'css/[name].[contenthash:8].css' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      // Resident-visible images as hashed files, not base64 inside the first-load JavaScript.
      imageUrlLoaderOption: { limit: true, name: 'static/images/[name].[contenthash:8][ext]' },
      webpackChain(chain) {
        chain.optimization.merge({ splitChunks: { cacheGroups: H5_CACHE_GROUPS } })
        for (const polyfill of H5_NATIVE_POLYFILLS) chain.resolve.alias.set(`${polyfill}$`, path.join(__dirname, 'h5-native.js'))
        for (const [unused, standIn] of Object.entries(H5_UNUSED_MODULES)) chain.resolve.alias.set(`${unused}$`, path.join(__dirname, standIn))
        // Home opens first; the tab bar's other pages (src/app.config.ts) are what a resident taps next.
        chain.plugin('resource-hints').use(ResourceHintsPlugin, [{ preload: ['pages/home/index'], prefetch: ['pages/services/index', 'pages/my/index'] }])
        pureSdkUi(chain)
      },
      devServer: { host: '127.0.0.1', port: Number(process.env.PORT ?? 10086) },
    },
    rn: {
      appName: 'govSuperApp',
      output: {
        ios: 'dist/rn/ios/main.jsbundle',
        iosAssetsDest: 'dist/rn/ios/',
        android: 'dist/rn/android/index.android.bundle',
        androidAssetsDest: 'dist/rn/android/res/',
      },
      postcss: { cssModules: { enable: false } },
    },
  }
  return process.env.NODE_ENV === 'production' ? merge({}, baseConfig, prodConfig) : merge({}, baseConfig, devConfig)
})
