/** @jest-environment node */
import { escapeProbes, globalProbes, type Refused } from './lint/escape-probes'
import { lintProbes, pickMiniApps, type LintMessage, type Probe } from './lint/run-probes'

/**
 * Proves the mini-app boundary bites: the project's ESLint config lints probe
 * files placed in a real mini-app (picked from the registry), and each refused
 * probe must be refused by the named rule with a message that says why.
 */
const { own, other } = pickMiniApps()
const page = `mini-apps/${own}/pages/boundary-probe.tsx`
const test = `mini-apps/${own}/pages/boundary-probe.test.tsx`
const handlers = `mini-apps/${own}/handlers.ts`
const probeOf = (line: string) => `${line}\nexport const probe = [typeof x]\n`

const BOUNDARY = /A mini-app may import only '@sdk', 'react', '@tarojs\/components'/
const TEST_BOUNDARY = /A mini-app's test may import only/
const MOCK_BOUNDARY = /mock handlers may import only/
const NODE_MODULES = /never by a path into node_modules/
const TEST_HARNESS = /test\/ is the shell's own test harness/
const DYNAMIC = /import\(\) is refused in a mini-app/

const allowed: (Probe & { what: string })[] = [
  { what: 'the SDK', code: probeOf("import { isApiError as x } from '@sdk'"), file: page },
  { what: 'react', code: probeOf("import { useState as x } from 'react'"), file: page },
  { what: 'Taro components', code: probeOf("import { View as x } from '@tarojs/components'"), file: page },
  { what: 'its own files', code: probeOf("import * as x from '../manifest'"), file: page },
  { what: 'msw in handlers', code: probeOf("import { http as x } from 'msw'"), file: handlers },
  { what: 'the mock toolkit in handlers', code: probeOf("import { apiError as x } from '../../mock/kit/responses'"), file: handlers },
  { what: 'the SDK test entry in a test', code: probeOf("import { renderMiniApp as x } from '@sdk/testing'"), file: test },
  { what: 'testing-library in a test', code: probeOf("import { screen as x } from '@testing-library/react'"), file: test },
  { what: 'msw in a test', code: probeOf("import { http as x } from 'msw'"), file: test },
]

const refusedImport = (what: string, line: string, rule: string, message: RegExp, file = page): Refused => ({
  what,
  code: probeOf(line),
  file,
  rule,
  message,
})

const refused: Refused[] = [
  refusedImport('another mini-app', `import * as x from '../../${other}/manifest'`, 'import/no-restricted-paths', BOUNDARY),
  refusedImport(
    "the shell's insides",
    "import { makeStore as x } from '../../../src/shell/store/store'",
    'import/no-restricted-paths',
    BOUNDARY,
  ),
  refusedImport(
    "the SDK's insides through the alias",
    "import { api as x } from '@sdk/../shell/api/api'",
    'no-restricted-imports',
    BOUNDARY,
  ),
  refusedImport('an arbitrary npm package', "import x from 'axios'", 'no-restricted-imports', BOUNDARY),
  refusedImport('Redux Toolkit directly', "import { createSlice as x } from '@reduxjs/toolkit'", 'no-restricted-imports', BOUNDARY),
  refusedImport('the raw react-redux hooks', "import { useSelector as x } from 'react-redux'", 'no-restricted-imports', BOUNDARY),
  refusedImport('Taro itself (platform APIs come through the SDK)', "import x from '@tarojs/taro'", 'no-restricted-imports', BOUNDARY),
  refusedImport('a re-export of a package', "export { useSelector as x } from 'react-redux'", 'no-restricted-imports', BOUNDARY),
  refusedImport('the mock backend', "import { handlers as x } from '../../../mock/handlers'", 'import/no-restricted-paths', BOUNDARY),
  refusedImport(
    'its own mock data from shipping code',
    "import { handlers as x } from '../handlers'",
    'import/no-restricted-paths',
    /Mock data must not ship/,
  ),
  refusedImport(
    'a package by its path in node_modules',
    "import { useSelector as x } from '../../../node_modules/react-redux'",
    'no-restricted-imports',
    NODE_MODULES,
  ),
  refusedImport(
    "the shell's test harness by path",
    "import { renderWithShell as x } from '../../../test/render-with-shell'",
    'import/no-restricted-paths',
    TEST_HARNESS,
  ),
  refusedImport(
    'another mini-app, even from a test',
    `import * as x from '../../${other}/manifest'`,
    'import/no-restricted-paths',
    TEST_BOUNDARY,
    test,
  ),
  refusedImport(
    "the shell's test set-up from a test",
    "import * as x from '../../../test/setup/jest.setup'",
    'import/no-restricted-paths',
    TEST_HARNESS,
    test,
  ),
  refusedImport(
    'node_modules by path from a test',
    "import * as x from '../../../node_modules/msw'",
    'no-restricted-imports',
    NODE_MODULES,
    test,
  ),
  refusedImport('a package the test list lacks', "import x from 'axios'", 'no-restricted-imports', TEST_BOUNDARY, test),
  refusedImport(
    "the shell's insides from handlers",
    "import * as x from '../../src/shell/store/store'",
    'import/no-restricted-paths',
    MOCK_BOUNDARY,
    handlers,
  ),
  refusedImport(
    'the mock backend beyond its toolkit from handlers',
    "import * as x from '../../mock/handlers'",
    'import/no-restricted-paths',
    MOCK_BOUNDARY,
    handlers,
  ),
  {
    what: "a body read that skips the mock's limits in handlers",
    code: 'export const probe = async (request: Request) => request.text()\n',
    file: handlers,
    rule: 'no-restricted-syntax',
    message: /Read a request body with readJson/,
  },
  {
    what: 'a computed import()',
    code: "const name = 'react-redux'\nexport const probe = import(name)\n",
    file: page,
    rule: 'import/no-dynamic-require',
    message: /import\(\) should use string literals/,
  },
  {
    what: 'a computed import() in a test',
    code: "const name = 'react-redux'\nexport const probe = import(name)\n",
    file: test,
    rule: 'import/no-dynamic-require',
    message: /import\(\) should use string literals/,
  },
  { what: 'any import()', code: "export const probe = import('react')\n", file: page, rule: 'no-restricted-syntax', message: DYNAMIC },
  {
    what: 'a computed require()',
    code: "const name = 'react-redux'\nexport const probe = require(name)\n",
    file: page,
    rule: 'import/no-dynamic-require',
    message: /require\(\) should use string literals/,
  },
  {
    what: 'require() itself',
    code: "export const probe = require('react')\n",
    file: page,
    rule: '@typescript-eslint/no-require-imports',
    message: /require\(\)/,
  },
  {
    what: 'an ambient declaration of a platform global',
    code: 'declare const wx: { request: () => void }\nexport const probe = wx\n',
    file: page,
    rule: 'no-restricted-syntax',
    message: /Ambient declarations are refused/,
  },
  {
    what: 'reaching Function through a constructor',
    code: "export const probe = (() => 0).constructor('return this')\n",
    file: page,
    rule: 'no-restricted-syntax',
    message: /Reaching a constructor/,
  },
]

const escapes = escapeProbes(own, page, probeOf, BOUNDARY)
const globals = globalProbes(page)

const bites = (messages: LintMessage[], rule: string, message: RegExp) => messages.some((m) => m.ruleId === rule && message.test(m.message))

describe('the mini-app boundary', () => {
  let results: LintMessage[][]
  const all = [...allowed, ...refused, ...escapes, ...globals]
  beforeAll(() => {
    results = lintProbes(all)
  }, 120_000)
  const resultOf = (probe: Probe) => results[all.indexOf(probe as (typeof all)[number])]

  it.each(allowed)('allows $what', (probe) => {
    expect(resultOf(probe)).toEqual([])
  })

  it.each(refused)('refuses $what ($rule)', (probe) => {
    expect(bites(resultOf(probe), probe.rule, probe.message)).toBe(true)
  })

  it.each(escapes)('cannot be escaped by $what ($rule)', (probe) => {
    expect(bites(resultOf(probe), probe.rule, probe.message)).toBe(true)
  })

  it.each(globals)("refuses the global '$what' and says what to use instead", (probe) => {
    expect(bites(resultOf(probe), probe.rule, probe.message)).toBe(true)
  })
})
