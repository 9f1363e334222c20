import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * The baseline the framework is measured against: the smallest honest Taro 4
 * + React + Redux Toolkit app (configureStore, Provider, one slice, one page),
 * built by this repository's own node_modules and the same size-relevant
 * Taro settings (terser, optimizeMainPackage, hash router, hashed H5 names).
 */
const APP_CONFIG = `export default defineAppConfig({
  pages: ['pages/index/index'],
  window: { navigationBarTitleText: 'Bare', navigationBarBackgroundColor: '#1a5fd6', navigationBarTextStyle: 'white' },
})
`

const STORE = `import { configureStore, createSlice } from '@reduxjs/toolkit'

const counter = createSlice({
  name: 'counter',
  initialState: { value: 0 },
  reducers: { incremented: (state) => { state.value += 1 } },
})

export const { incremented } = counter.actions
export const store = configureStore({ reducer: { counter: counter.reducer } })
export type RootState = ReturnType<typeof store.getState>
`

const APP = `import type { PropsWithChildren } from 'react'
import { Provider } from 'react-redux'
import { store } from './store'
import './app.scss'

function App({ children }: PropsWithChildren) {
  return <Provider store={store}>{children}</Provider>
}

export default App
`

const PAGE = `import { Button, Text, View } from '@tarojs/components'
import { useDispatch, useSelector } from 'react-redux'
import { incremented, type RootState } from '../../store'

export default function IndexPage() {
  const value = useSelector((state: RootState) => state.counter.value)
  const dispatch = useDispatch()
  return (
    <View className='index'>
      <Text>Count: {value}</Text>
      <Button onClick={() => dispatch(incremented())}>+1</Button>
    </View>
  )
}
`

const TARO_CONFIG = `import { defineConfig } from '@tarojs/cli'

const target = process.env.TARO_ENV ?? 'h5'

export default defineConfig<'webpack5'>({
  projectName: 'bare-baseline',
  designWidth: 750,
  deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
  sourceRoot: 'src',
  outputRoot: \`dist/\${target}\`,
  plugins: [],
  framework: 'react',
  compiler: 'webpack5',
  terser: { enable: true, config: { output: { quote_keys: false } } },
  cache: { enable: false },
  mini: {
    postcss: { pxtransform: { enable: true, config: {} }, cssModules: { enable: false } },
    optimizeMainPackage: { enable: true },
  },
  h5: {
    publicPath: '/',
    staticDirectory: 'static',
    router: { mode: 'hash' },
    output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
    miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[contenthash:8].css', chunkFilename: 'css/[name].[contenthash:8].css' },
    postcss: { autoprefixer: { enable: true, config: {} }, cssModules: { enable: false } },
  },
})
`

/**
 * The browser targets \`taro init\`'s React template writes. The bare app keeps
 * them whatever this repository targets, so it stays Taro's own starting
 * point and the choice of targets (docs/browser-targets.md) counts as the
 * framework's work, as issue 11 asks.
 */
export const TARO_TEMPLATE_BROWSERSLIST = ['last 3 versions', 'Android >= 4.1', 'ios >= 8']

const TSCONFIG = {
  compilerOptions: { target: 'ES2020', module: 'ESNext', moduleResolution: 'Bundler', jsx: 'react-jsx', strict: true, skipLibCheck: true },
  include: ['src', 'config'],
}

/** Writes the bare app into `dir`, sharing the repository's node_modules (and so its exact versions). */
export const writeBareApp = (dir: string, repoRoot: string): void => {
  const repoPackage = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as Record<string, unknown>
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'bare-baseline', private: true, templateInfo: repoPackage.templateInfo, browserslist: TARO_TEMPLATE_BROWSERSLIST, dependencies: repoPackage.dependencies }, null, 2),
    'babel.config.js': readFileSync(join(repoRoot, 'babel.config.js'), 'utf8'),
    'tsconfig.json': JSON.stringify(TSCONFIG, null, 2),
    'config/index.ts': TARO_CONFIG,
    'src/index.html': readFileSync(join(repoRoot, 'src', 'index.html'), 'utf8'),
    'src/app.config.ts': APP_CONFIG,
    'src/app.scss': '',
    'src/app.tsx': APP,
    'src/store.ts': STORE,
    'src/pages/index/index.tsx': PAGE,
    'src/pages/index/index.config.ts': "export default { navigationBarTitleText: 'Bare' }\n",
  }
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir')
}
