/** @jest-environment node */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

/**
 * Proves the mini-app boundary bites: the project's ESLint config lints a
 * probe file with one import at a time, and we check which it refuses.
 */
const root = join(__dirname, '..')
const RUNTIME_FILE = 'mini-apps/transport/pages/boundary-probe.tsx'
const BOUNDARY_RULES = ['no-restricted-imports', 'import/no-restricted-paths']

interface Probe {
  line: string
  file?: string
}

const allowed: Probe[] = [
  { line: "import { api as x } from '@sdk'" },
  { line: "import { useState as x } from 'react'" },
  { line: "import { View as x } from '@tarojs/components'" },
  { line: "import x from '@tarojs/taro'" },
  { line: "import { useGetViolationsQuery as x } from '../api'" },
  { line: "import { http as x } from 'msw'", file: 'mini-apps/transport/handlers.ts' },
  { line: "import { renderWithShell as x } from '@test/render-with-shell'", file: 'mini-apps/transport/pages/x.test.tsx' },
]

const refused: (Probe & { what: string })[] = [
  { what: 'another mini-app', line: "import { useGetAppointmentsQuery as x } from '../../health/api'" },
  { what: "the shell's insides", line: "import { makeStore as x } from '../../../src/shell/store/store'" },
  { what: "the SDK's insides through the alias", line: "import { api as x } from '@sdk/../shell/api/api'" },
  { what: 'an arbitrary npm package', line: "import x from 'axios'" },
  { what: 'Redux Toolkit directly', line: "import { createSlice as x } from '@reduxjs/toolkit'" },
  { what: 'the raw react-redux hooks', line: "import { useSelector as x } from 'react-redux'" },
  { what: 'the mock backend', line: "import { handlers as x } from '../../../mock/handlers'" },
  { what: 'its own mock data from shipping code', line: "import { violations as x } from '../handlers'" },
  { what: 'another mini-app, even from a test', line: "import { appointments as x } from '../../health/handlers'", file: 'mini-apps/transport/pages/x.test.tsx' },
]

const lint = (probes: Probe[]): { ruleId: string | null; message: string }[][] => {
  const input = probes.map(({ line, file = RUNTIME_FILE }) => ({
    code: `${line}\nexport const probe = [typeof x]\n`,
    filePath: join(root, file),
  }))
  const out = execFileSync(process.execPath, [join(root, 'test/lint/lint-probes.mjs')], { cwd: root, input: JSON.stringify(input) })
  return JSON.parse(out.toString('utf8'))
}

describe('the mini-app import boundary', () => {
  let allowedResults: ReturnType<typeof lint>
  let refusedResults: ReturnType<typeof lint>

  beforeAll(() => {
    const results = lint([...allowed, ...refused])
    allowedResults = results.slice(0, allowed.length)
    refusedResults = results.slice(allowed.length)
  }, 60_000)

  it.each(allowed.map((probe, index) => ({ ...probe, file: probe.file ?? RUNTIME_FILE, index })))('allows $line in $file', ({ index }) => {
    expect(allowedResults[index].filter((m) => BOUNDARY_RULES.includes(m.ruleId ?? ''))).toEqual([])
  })

  it.each(refused.map((probe, index) => ({ ...probe, index })))('refuses $what', ({ index }) => {
    const messages = refusedResults[index].filter((m) => BOUNDARY_RULES.includes(m.ruleId ?? ''))
    expect(messages.length).toBeGreaterThan(0)
    expect(messages[0].message).toMatch(/A mini-app may import only|Mock data must not ship|typed hooks/)
  })
})
