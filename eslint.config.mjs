import { readdirSync, statSync } from 'node:fs'
import importPlugin from 'eslint-plugin-import'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'
import { IMPORT_SETTINGS, miniAppConfigs } from './config/lint/mini-apps.mjs'
import { repositoryConfigs } from './config/lint/repository.mjs'

const miniAppIds = readdirSync('mini-apps').filter((name) => !name.startsWith('.') && statSync(`mini-apps/${name}`).isDirectory())

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
    ignores: [
      'node_modules/**',
      'dist/**',
      '.bench/**',
      '.api/**',
      'test-results/**',
      'src/generated/**',
      'src/mini-apps/**',
      'mock/generated/**',
      // The registry's own output; the registry refuses any file there it did not write.
      'mini-apps/*/generated/**',
      'metro.config.js',
      'index.js',
      // Build tools' CommonJS configs stay unlinted; under mini-apps/ nothing is skipped.
      '**/*.js',
      '!mini-apps/**/*.js',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,mjs}'],
    plugins: { import: importPlugin, 'react-hooks': reactHooks },
    settings: { ...IMPORT_SETTINGS, 'import/internal-regex': '^@sdk$' },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import/no-default-export': 'off',
      // Every depth: about 4 s of lint here, no slower than a limit of 3 or 8, since parsing each file once is the
      // cost; packages are never parsed (import/ignore). The SCC shortcut crashes on text linted from memory.
      'import/no-cycle': ['error', { ignoreExternal: true, maxDepth: '∞', disableScc: true }],
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
    // The shell reaches requests and storage only through its captured platform (src/shell/platform): a mini-app
    // that replaced Taro's later sees nothing, and React Native, which has no synchronous storage, gets its copy.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/shell/platform/**', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['request', 'getStorageSync', 'setStorageSync', 'removeStorageSync', 'getStorageInfoSync', 'clearStorageSync'].map((property) => ({
          object: 'Taro',
          property,
          message: `Use platform.${property === 'clearStorageSync' ? 'removeStorageSync' : property} from src/shell/platform/platform.ts: the shell's own reference, and RN's synchronous storage.`,
        })),
      ],
    },
  },
  ...repositoryConfigs,
  ...miniAppConfigs(miniAppIds),
)
