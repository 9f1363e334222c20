// The mini-app boundary as ESLint config objects: every file under mini-apps/
// is linted, none may switch its lint off, and each kind of file (shipping
// code, tests, mock handlers) may import only what its list allows.
import importPlugin from 'eslint-plugin-import'
import { assetParser, boundaryPlugin } from './plugin.mjs'
import {
  BODY_READS,
  BOUNDARY,
  MOCK_BOUNDARY,
  NODE_MODULES,
  OWN_MOCK_DATA,
  RESTRICTED_GLOBALS,
  RESTRICTED_SYNTAX,
  RESTRICTED_SYNTAX_ANYWHERE,
  TEST_BOUNDARY,
  TEST_HARNESS,
} from './restricted.mjs'

/** eslint-plugin-import reads TypeScript (without these it skips .ts files, and no-cycle finds nothing). */
export const IMPORT_SETTINGS = {
  ...importPlugin.flatConfigs.typescript.settings,
  'import/resolver': { typescript: { project: './tsconfig.json' }, node: true },
  // Never parse packages' own code: no-cycle only follows the project's files, and parsing @types/react alone takes seconds.
  'import/ignore': ['node_modules'],
}

const CODE = 'mini-apps/**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'
const TESTS = ['mini-apps/**/*.test.*']
const MOCKS = ['mini-apps/*/handlers.*', 'mini-apps/*/mock/**']


const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
/** A `no-restricted-imports` pattern that refuses every specifier but these (and relative paths). */
const onlyThese = (specifiers, message) => ({
  regex: `^(?!(${[...specifiers.map(escape), '\\.{1,2}/.*'].join('|')})$)`,
  message,
})
const intoNodeModules = { regex: '(^|/)node_modules(/|$)', message: NODE_MODULES }
const restrictedImports = (specifiers, message) => ['error', { patterns: [onlyThese(specifiers, message), intoNodeModules] }]

const SHIPPING_SPECIFIERS = ['react', '@tarojs/components', '@sdk']
const TEST_SPECIFIERS = [
  ...SHIPPING_SPECIFIERS,
  '@sdk/testing',
  'msw',
  'msw/node',
  '@testing-library/react',
  '@testing-library/user-event',
  '@testing-library/jest-dom',
]
const MOCK_SPECIFIERS = ['msw', '@sdk']

/** Zones every file of mini-app `id` shares: no other mini-app, nothing of the build. */
const commonZones = (id, message) => [
  { target: `./mini-apps/${id}`, from: './mini-apps', except: [`./${id}`], message },
  { target: `./mini-apps/${id}`, from: './config', message },
]

const shippingZones = (id) => [
  ...commonZones(id, BOUNDARY),
  { target: `./mini-apps/${id}`, from: './src', except: ['./sdk/index.ts'], message: BOUNDARY },
  { target: `./mini-apps/${id}`, from: './mock', message: BOUNDARY },
  { target: `./mini-apps/${id}`, from: './test', message: TEST_HARNESS },
  { target: `./mini-apps/${id}`, from: [`./mini-apps/${id}/handlers.ts`, `./mini-apps/${id}/mock`], message: OWN_MOCK_DATA },
]

const testZones = (id) => [
  ...commonZones(id, TEST_BOUNDARY),
  { target: `./mini-apps/${id}`, from: './src', except: ['./sdk/index.ts', './sdk/testing.ts'], message: TEST_BOUNDARY },
  { target: `./mini-apps/${id}`, from: './mock', message: TEST_BOUNDARY },
  { target: `./mini-apps/${id}`, from: './test', message: TEST_HARNESS },
]

const mockZones = (id) => [
  ...commonZones(id, MOCK_BOUNDARY),
  { target: `./mini-apps/${id}`, from: './src', except: ['./sdk/index.ts'], message: MOCK_BOUNDARY },
  { target: `./mini-apps/${id}`, from: './mock', except: ['./kit', './personas.ts'], message: MOCK_BOUNDARY },
  { target: `./mini-apps/${id}`, from: './test', message: TEST_HARNESS },
]

/** Config objects for every file under mini-apps/ (its registry output excepted, see eslint.config.mjs). */
export const miniAppConfigs = (miniAppIds) => [
  {
    // Styles, contracts, images and anything else: opened only so the file rules see them.
    files: ['mini-apps/**/?*'],
    ignores: [CODE],
    languageOptions: { parser: assetParser },
    plugins: { boundary: boundaryPlugin },
    rules: { 'boundary/file-kind': 'error' },
  },
  {
    files: [CODE],
    linterOptions: { noInlineConfig: true },
    plugins: { import: importPlugin, boundary: boundaryPlugin },
    settings: IMPORT_SETTINGS,
    rules: {
      'boundary/file-kind': 'error',
      'boundary/no-directive-comments': 'error',
      'import/no-dynamic-require': ['error', { esmodule: true }],
      '@typescript-eslint/no-require-imports': 'error',
      // RTK's way of typing an injected slice is an interface that only extends.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': true, 'ts-ignore': true, 'ts-nocheck': true }],
      'no-restricted-imports': restrictedImports(SHIPPING_SPECIFIERS, BOUNDARY),
      'import/no-restricted-paths': ['error', { zones: miniAppIds.flatMap(shippingZones) }],
      'no-restricted-globals': ['error', ...RESTRICTED_GLOBALS],
      'no-restricted-syntax': ['error', ...RESTRICTED_SYNTAX],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: TESTS,
    rules: {
      'no-restricted-imports': restrictedImports(TEST_SPECIFIERS, TEST_BOUNDARY),
      'import/no-restricted-paths': ['error', { zones: miniAppIds.flatMap(testZones) }],
      'no-restricted-globals': 'off',
      'no-restricted-syntax': ['error', ...RESTRICTED_SYNTAX_ANYWHERE],
      '@typescript-eslint/ban-ts-comment': 'error',
    },
  },
  {
    files: MOCKS,
    rules: {
      'no-restricted-imports': restrictedImports(MOCK_SPECIFIERS, MOCK_BOUNDARY),
      'import/no-restricted-paths': ['error', { zones: miniAppIds.flatMap(mockZones) }],
      'no-restricted-globals': 'off',
      'no-restricted-syntax': ['error', ...RESTRICTED_SYNTAX_ANYWHERE, BODY_READS],
    },
  },
]
