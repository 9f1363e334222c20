// What mini-app code may not name, and what to use instead. The messages are
// what a department reads when lint refuses its code, so each says the way in.

export const BOUNDARY =
  "A mini-app may import only '@sdk', 'react', '@tarojs/components' and its own files: page hooks, navigation, storage, requests and platform APIs come through '@sdk'. Ask for what you need to be exported from src/sdk/index.ts."
export const TEST_BOUNDARY =
  "A mini-app's test may import only '@sdk', '@sdk/testing', 'react', '@tarojs/components', 'msw', '@testing-library/*' and the mini-app's own files."
export const MOCK_BOUNDARY =
  "A mini-app's mock handlers may import only 'msw', '@sdk' (for types), the mock toolkit (mock/kit, mock/personas) and the mini-app's own files."
export const NODE_MODULES = 'Import a package by its name, never by a path into node_modules: such a path walks around the import boundary.'
export const TEST_HARNESS = "test/ is the shell's own test harness; a mini-app's tests get what they need from '@sdk/testing'."
export const OWN_MOCK_DATA = 'Mock data must not ship in the mini-app: only tests and handlers may import it.'
export const DYNAMIC_IMPORT =
  'import() is refused in a mini-app: a subpackage loads whole on every target, and a module named at run time would slip past the import boundary. Import statically.'

const PLATFORM = "Platform APIs come through '@sdk' (storage, navigation, requests, scan, location, …), checked against the manifest."
const SHELL_RUNTIME = "The app instance and the page stack belong to the shell; navigate with '@sdk'."
const NO_DOM = "There is no DOM on the mini-program runtime: render with '@tarojs/components' and read device facts through '@sdk'."
const NETWORK =
  "Requests go through your mini-app's API from '@sdk' (its own paths, its own token), or useExternalRequest for the manifest's allowedDomains."
const STORAGE = "Storage goes through useMiniAppStorage from '@sdk', under this mini-app's own prefix."
const GLOBAL_OBJECT = 'The global object is shared with the shell and every other mini-app: nothing may be read or written there.'
const CODE_FROM_STRINGS = 'Code built from strings is refused: WeChat forbids it, and it would slip past every check.'
const COMMONJS = "Modules are imported statically with 'import'; require and the module object reach around the boundary."

const named = (message, names) => names.map((name) => ({ name, message }))

/** For `no-restricted-globals` in a mini-app's shipping code. */
export const RESTRICTED_GLOBALS = [
  ...named(PLATFORM, ['wx', 'my', 'swan', 'tt', 'qq', 'jd', 'dd', 'Taro']),
  ...named(SHELL_RUNTIME, ['getApp', 'getCurrentPages', 'requirePlugin', '__wxConfig']),
  ...named(NO_DOM, ['window', 'document', 'navigator', 'location', 'history', 'self', 'top', 'parent', 'frames', 'screen']),
  ...named(NETWORK, ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource']),
  ...named(STORAGE, ['localStorage', 'sessionStorage', 'indexedDB', 'caches', 'cookieStore']),
  ...named(GLOBAL_OBJECT, ['globalThis', 'global']),
  ...named(CODE_FROM_STRINGS, ['eval', 'Function']),
  ...named(COMMONJS, ['require', 'module', 'exports', '__webpack_require__', '__non_webpack_require__']),
]

const DYNAMIC_IMPORT_SYNTAX = { selector: 'ImportExpression', message: DYNAMIC_IMPORT }

/** For `no-restricted-syntax` in mock handlers (the mock backend's and each mini-app's). */
export const BODY_READS = {
  selector: "CallExpression[callee.object.name='request'][callee.property.name=/^(json|text|arrayBuffer|formData|blob)$/]",
  message:
    'Read a request body with readJson (or readText) from mock/kit/responses.ts: they stop at the size limit and answer bad input with a 400.',
}

/** For `no-restricted-syntax` in a mini-app's tests. */
export const RESTRICTED_SYNTAX_ANYWHERE = [DYNAMIC_IMPORT_SYNTAX]

/** For `no-restricted-syntax` in a mini-app's shipping code: the ways around `no-restricted-globals`. */
export const RESTRICTED_SYNTAX = [
  DYNAMIC_IMPORT_SYNTAX,
  {
    selector: "TSModuleDeclaration[kind='global'], VariableDeclaration[declare=true], TSDeclareFunction[declare=true]",
    message: 'Ambient declarations are refused in a mini-app: they would let code reach globals that lint cannot see.',
  },
  {
    selector:
      "MemberExpression[computed=false][property.name='constructor'], MemberExpression[computed=true][property.value='constructor']",
    message: `Reaching a constructor through an object is refused: Function's constructor builds code from strings. ${CODE_FROM_STRINGS}`,
  },
]
