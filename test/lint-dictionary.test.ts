/** @jest-environment node */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { catalogue } from '../mock/generated/catalogue'

/**
 * pinyin-pro's dictionary must never ship: lint refuses it everywhere but the
 * module that computes pinyin where the catalogue is built. Probes go through
 * the project's real ESLint config, as in lint-boundary.test.ts.
 */
const root = join(__dirname, '..')
const LINE = "import { pinyin as x } from 'pinyin-pro'\nexport const probe = [typeof x]\n"

const lint = (files: string[]): { ruleId: string | null; message: string }[][] => {
  const input = files.map((file) => ({ code: LINE, filePath: join(root, file) }))
  const out = execFileSync(process.execPath, [join(root, 'test/lint/lint-probes.mjs')], { cwd: root, input: JSON.stringify(input) })
  return JSON.parse(out.toString('utf8'))
}

describe('the pinyin dictionary stays out of the app', () => {
  // Any mini-app will do: the first the registry lists.
  const files = ['src/shell/search/probe.ts', 'src/pages/home/probe.tsx', `mini-apps/${catalogue[0].id}/pages/probe.tsx`, 'mock/catalogue/pinyin.ts']
  let results: ReturnType<typeof lint>
  beforeAll(() => {
    results = lint(files)
  }, 60_000)

  it.each(files.slice(0, 3).map((file, index) => ({ file, index })))('refuses pinyin-pro in $file', ({ index }) => {
    expect(results[index].map((m) => m.ruleId)).toContain('no-restricted-imports')
  })

  it('allows it where the catalogue is built', () => {
    expect(results[3].filter((m) => m.ruleId === 'no-restricted-imports')).toEqual([])
  })
})
