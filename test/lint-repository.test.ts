/** @jest-environment node */
import { lintProbes, type LintMessage, type Probe } from './lint/run-probes'

/**
 * The repository in one direction: the mock backend and the build read only
 * the SDK's public vocabulary from src/, the shell never imports pages, and no
 * two modules import each other.
 */
const MOCK_AND_CONFIG = /may import from src\/ only the SDK's manifest vocabulary/
const SHELL_TO_PAGES = /The shell never imports pages/
const probeOf = (line: string) => `${line}\nexport const probe = [typeof x]\n`

const allowed: (Probe & { what: string })[] = [
  {
    what: 'mock reading the manifest vocabulary',
    code: probeOf("import { SCOPES as x } from '../../src/sdk/manifest/vocabulary'"),
    file: 'mock/kit/probe.ts',
  },
  {
    what: 'the build reading the SDK version',
    code: probeOf("import { SHELL_VERSION as x } from '../../src/sdk/version'"),
    file: 'config/registry/probe.ts',
  },
  {
    what: 'the build reading the manifest schema',
    code: probeOf("import { manifestSchema as x } from '../../src/sdk/manifest/schema'"),
    file: 'config/registry/probe.ts',
  },
  {
    what: 'a page using the shell',
    code: probeOf("import { QueryView as x } from '../../shell/ui/query-view'"),
    file: 'src/pages/home/probe.tsx',
  },
]

type Refused = Probe & { what: string; rule: string; message: RegExp }
const refused: Refused[] = [
  {
    what: "the shell reading storage past its captured platform (RN has no synchronous storage)",
    code: "import Taro from '@tarojs/taro'\nexport const probe = () => Taro.getStorageSync('shell.x')\n",
    file: 'src/shell/catalogue/probe.ts',
    rule: 'no-restricted-properties',
    message: /Use platform\.getStorageSync from src\/shell\/platform\/platform\.ts/,
  },
  {
    what: "a page sending a request past the shell's captured platform",
    code: "import Taro from '@tarojs/taro'\nexport const probe = () => Taro.request({ url: '/x' })\n",
    file: 'src/pages/home/probe.ts',
    rule: 'no-restricted-properties',
    message: /Use platform\.request/,
  },
  {
    what: "mock importing the shell's store",
    code: probeOf("import { makeStore as x } from '../../src/shell/store/store'"),
    file: 'mock/kit/probe.ts',
    rule: 'import/no-restricted-paths',
    message: MOCK_AND_CONFIG,
  },
  {
    what: 'mock importing the SDK entry (the whole shell)',
    code: probeOf("import { api as x } from '../../src/sdk/index'"),
    file: 'mock/kit/probe.ts',
    rule: 'import/no-restricted-paths',
    message: MOCK_AND_CONFIG,
  },
  {
    what: "the build importing the shell's API",
    code: probeOf("import { api as x } from '../../src/shell/api/api'"),
    file: 'config/registry/probe.ts',
    rule: 'import/no-restricted-paths',
    message: MOCK_AND_CONFIG,
  },
  {
    what: 'the shell importing a page',
    code: probeOf("import x from '../../pages/home/index'"),
    file: 'src/shell/ui/probe.tsx',
    rule: 'import/no-restricted-paths',
    message: SHELL_TO_PAGES,
  },
  {
    what: 'a mock handler reading a body past the size limit',
    code: 'export const probe = async (request: Request) => request.json()\n',
    file: 'mock/shell/probe.ts',
    rule: 'no-restricted-syntax',
    message: /Read a request body with readJson/,
  },
  {
    what: 'the SDK importing a page',
    code: probeOf("import x from '../pages/home/index'"),
    file: 'src/sdk/probe.ts',
    rule: 'import/no-restricted-paths',
    message: SHELL_TO_PAGES,
  },
]

// Two real files that import each other; the probe lints the first.
const cycleDir = `test/lint/.probe-cycle-${process.pid}`
const cycleA = "import { b } from './b'\nexport const a = () => b\n"
const cycle: Refused = {
  what: 'an import cycle',
  code: cycleA,
  file: `${cycleDir}/a.ts`,
  files: [
    { path: `${cycleDir}/a.ts`, content: cycleA },
    { path: `${cycleDir}/b.ts`, content: "import { a } from './a'\nexport const b = () => a\n" },
  ],
  rule: 'import/no-cycle',
  message: /Dependency cycle detected/,
}

const bites = (messages: LintMessage[], rule: string, message: RegExp) => messages.some((m) => m.ruleId === rule && message.test(m.message))

describe('the repository in one direction', () => {
  let results: LintMessage[][]
  const all = [...allowed, ...refused, cycle]
  beforeAll(() => {
    results = lintProbes(all)
  }, 120_000)
  const resultOf = (probe: Probe) => results[all.indexOf(probe as (typeof all)[number])]

  it.each(allowed)('allows $what', (probe) => {
    expect(resultOf(probe).filter((m) => m.ruleId === 'import/no-restricted-paths')).toEqual([])
  })

  it.each(refused)('refuses $what', (probe) => {
    expect(bites(resultOf(probe), probe.rule, probe.message)).toBe(true)
  })

  it('refuses an import cycle', () => {
    expect(bites(resultOf(cycle), cycle.rule, cycle.message)).toBe(true)
  })
})
