import { readdirSync, statSync } from 'node:fs'
import importPlugin from 'eslint-plugin-import'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

const miniAppIds = readdirSync('mini-apps').filter((name) => statSync(`mini-apps/${name}`).isDirectory())

const BOUNDARY =
  "A mini-app may import only '@sdk', 'react' and '@tarojs/*' (plus its own files). Ask for what you need to be exported from src/sdk/index.ts."
// Mock handlers and tests sit beside the mini-app but never ship in it.
const MINI_APP_MOCK_AND_TEST = ['mini-apps/*/handlers.ts', 'mini-apps/*/mock/**', 'mini-apps/**/*.test.{ts,tsx}']

/** For all of a mini-app's files: nothing from another mini-app, and nothing of the shell but the SDK's entry. */
const miniAppZones = miniAppIds.flatMap((id) => [
  { target: `./mini-apps/${id}`, from: './mini-apps', except: [`./${id}`], message: BOUNDARY },
  { target: `./mini-apps/${id}`, from: './src', except: ['./sdk/index.ts'], message: BOUNDARY },
])

const miniAppTestZones = miniAppIds.flatMap((id) => [
  { target: `./mini-apps/${id}`, from: './mini-apps', except: [`./${id}`], message: BOUNDARY },
  { target: `./mini-apps/${id}`, from: './src', except: ['./sdk/index.ts', './sdk/testing.ts'], message: BOUNDARY },
])

/** Shipping code also stays clear of the build, the mock backend and its own mock data. */
const shippingZones = miniAppIds.flatMap((id) => [
  { target: `./mini-apps/${id}`, from: ['./config', './mock'], message: BOUNDARY },
  {
    target: `./mini-apps/${id}`,
    from: [`./mini-apps/${id}/handlers.ts`, `./mini-apps/${id}/mock`],
    message: 'Mock data must not ship in the mini-app: only tests and handlers may import it.',
  },
])

const RAW_HOOKS = {
  name: 'react-redux',
  importNames: ['useDispatch', 'useSelector', 'useStore'],
  message: 'Use the typed hooks (useAppDispatch, useAppSelector) from the store or the SDK.',
}
const PINYIN_DICTIONARY = {
  name: 'pinyin-pro',
  message: 'pinyin-pro carries a dictionary of about 1 MB: pinyin is computed where the catalogue is built (mock/catalogue/pinyin.ts) and served in the index.',
}

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'dist/**', '.bench/**', 'test-results/**', 'src/generated/**', 'src/mini-apps/**', 'mock/generated/**', 'mini-apps/*/generated/**', 'metro.config.js', 'index.js', '**/*.js'],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs}'],
    plugins: { import: importPlugin, 'react-hooks': reactHooks },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' }, node: true },
      'import/internal-regex': '^@sdk$',
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import/no-default-export': 'off',
      'no-restricted-imports': ['error', { paths: [RAW_HOOKS, PINYIN_DICTIONARY] }],
    },
  },
  {
    // The shell's typed hooks, and each mini-app's binding to its own store, are built on the raw hooks.
    files: ['src/shell/store/hooks.ts', 'src/sdk/internal/bind-mini-app.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The one place pinyin is computed: where the catalogue is built, never in the app.
    files: ['mock/catalogue/pinyin.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [RAW_HOOKS] }] },
  },
  {
    files: ['mini-apps/**/*.{ts,tsx}'],
    rules: { 'import/no-restricted-paths': ['error', { zones: miniAppZones }] },
  },
  {
    // A mini-app's tests may use the SDK's test entry as well.
    files: ['mini-apps/**/*.test.{ts,tsx}'],
    rules: { 'import/no-restricted-paths': ['error', { zones: miniAppTestZones }] },
  },
  {
    files: ['mini-apps/**/*.{ts,tsx}'],
    ignores: MINI_APP_MOCK_AND_TEST,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!(react|react/.+|@tarojs/.+|@sdk|\\.{1,2}/.*)$)', message: BOUNDARY }] },
      ],
      'import/no-restricted-paths': ['error', { zones: [...miniAppZones, ...shippingZones] }],
    },
  },
)
