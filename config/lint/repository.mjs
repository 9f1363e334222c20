import { BODY_READS } from './restricted.mjs'

// The repository in one direction: the mock backend and the build read the
// shell's public vocabulary only, and the shell never reaches up into pages.

const MOCK_AND_CONFIG =
  "The mock backend and the build may import from src/ only the SDK's manifest vocabulary, its version and generated files; they stand in for a server and a build that cannot run the shell."
const SHELL_TO_PAGES = 'The shell never imports pages: pages use the shell, not the other way round. Move what both need into src/shell.'

// Public, plain-data parts of src/ that a server or a build may share: the manifest and form-scenario
// vocabularies (one schema checks a definition at build, on the server and on the device).
const PUBLIC = ['./sdk/manifest', './sdk/scenario', './sdk/version.ts', './generated']

// Exceptions, each a pure module with no React or Taro. The reference server
// masks and checks ID numbers and USCCs exactly as the client does; the registry writes
// the scope each generated page shim passes to the shell (type only).
// The server builds the catalogue index in the shape the client decodes (types only) over the same GB/T 2260
// regions (plain data).
const MOCK_EXCEPTIONS = [
  './shell/privacy/mask.ts',
  './shell/identity/id-number.ts',
  './shell/identity/uscc.ts',
  './shell/identity/uscc-text.ts',
  './shell/regions',
  './shell/catalogue/index-types.ts',
]
// Tests of the served index check it against the client's own reader (size in storage, decoding).
const MOCK_TEST_EXCEPTIONS = ['./shell/catalogue/catalogue-cache.ts']
// The bench measures the client's catalogue loading and search in Node: it runs them, it does not ship them.
const BENCH_EXCEPTIONS = ['./shell/catalogue', './shell/search', './shell/regions']
// The build checks the weapp output against the shell's own package list (plain data).
const CONFIG_EXCEPTIONS = ['./sdk/internal', './shell/mini-app/scope.tsx', './shell-packages.ts']

export const repositoryConfigs = [
  {
    files: ['mock/**/*.{ts,tsx,mts,mjs}'],
    rules: {
      'import/no-restricted-paths': [
        'error',
        { zones: [{ target: './mock', from: './src', except: [...PUBLIC, ...MOCK_EXCEPTIONS], message: MOCK_AND_CONFIG }] },
      ],
      'no-restricted-syntax': ['error', BODY_READS],
    },
  },
  {
    files: ['mock/**/*.test.{ts,tsx}'],
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './mock', from: './src', except: [...PUBLIC, ...MOCK_EXCEPTIONS, ...MOCK_TEST_EXCEPTIONS], message: MOCK_AND_CONFIG },
          ],
        },
      ],
    },
  },
  {
    files: ['config/**/*.{ts,tsx,mts,mjs}'],
    rules: {
      'import/no-restricted-paths': [
        'error',
        { zones: [{ target: './config', from: './src', except: [...PUBLIC, ...CONFIG_EXCEPTIONS], message: MOCK_AND_CONFIG }] },
      ],
    },
  },
  {
    files: ['config/bench/**/*.{ts,tsx,mts,mjs}'],
    rules: {
      'import/no-restricted-paths': [
        'error',
        { zones: [{ target: './config', from: './src', except: [...PUBLIC, ...CONFIG_EXCEPTIONS, ...BENCH_EXCEPTIONS], message: MOCK_AND_CONFIG }] },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'import/no-restricted-paths': [
        'error',
        { zones: [{ target: ['./src/shell', './src/sdk'], from: './src/pages', message: SHELL_TO_PAGES }] },
      ],
    },
  },
]
