/** @jest-environment node */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { parseBytes } from './bytes'
import { budgetVerdict, describeVerdict, modulesIn, readSubpackage } from './size'
import type { ModuleSizes } from './module-sizes-plugin'

const ROOT = 'mini-apps/sample-app'
const sizes: ModuleSizes = {
  chunks: [
    {
      files: [`${ROOT}/pages/index.js`],
      modules: [
        { name: './mini-apps/sample-app/pages/index.tsx', size: 3000 },
        { name: './src/sdk/ui/card.tsx', size: 900 },
      ],
    },
    {
      files: [`${ROOT}/sub-common/abc.js`],
      modules: [
        { name: './node_modules/big-chart/index.js', size: 40_000 },
        { name: './src/sdk/ui/card.tsx', size: 100 },
      ],
    },
    // Emitted at the top and copied into each subpackage that uses it (Taro's optimizeMainPackage).
    { files: ['sub-common/shared.js'], modules: [{ name: './src/shell/format/money.ts', size: 1300 }] },
    { files: ['common.js'], modules: [{ name: './src/app.tsx', size: 99_999 }] },
  ],
}

describe('the subpackage size budget', () => {
  it('sums module sizes over the chunks that ship in the subpackage only', () => {
    expect(modulesIn(sizes, ROOT, { [`${ROOT}/sub-common/shared.js`]: 400 })['./src/shell/format/money.ts']).toBe(1300)
    expect(modulesIn(sizes, ROOT)).toEqual({
      './mini-apps/sample-app/pages/index.tsx': 3000,
      './src/sdk/ui/card.tsx': 1000,
      './node_modules/big-chart/index.js': 40_000,
    })
  })

  it('fails over budget, naming the biggest modules first', () => {
    const verdict = budgetVerdict(
      { root: ROOT, files: { [`${ROOT}/pages/index.js`]: 1500, [`${ROOT}/sub-common/abc.js`]: 9000 }, modules: modulesIn(sizes, ROOT) },
      8 * 1024,
    )
    expect(verdict).toMatchObject({ pass: false, bytes: 10_500, by: 'module' })
    const lines = describeVerdict(verdict)
    expect(lines[0]).toBe(`${ROOT}: 10.3 KB of 8.0 KB (128% of the budget): OVER by 2.3 KB`)
    expect(lines[2]).toMatch(/39\.1 KB {2}\.\/node_modules\/big-chart\/index\.js$/)
  })

  it('passes within budget, and names files when the build wrote no module sizes', () => {
    const files = { [`${ROOT}/pages/index.js`]: 500, [`${ROOT}/pages/index.wxml`]: 200 }
    expect(budgetVerdict({ root: ROOT, files, modules: {} }, 1024)).toMatchObject({ pass: true, by: 'file' })
    expect(budgetVerdict({ root: ROOT, files, modules: {} }, 600).biggest[0]).toEqual({ path: `${ROOT}/pages/index.js`, bytes: 500 })
  })

  it('reads a subpackage and its modules from a weapp build', () => {
    const dist = join(mkdtempSync(join(tmpdir(), 'miniapp-size-')), 'weapp')
    try {
      const write = (path: string, bytes: number) => {
        mkdirSync(dirname(join(dist, path)), { recursive: true })
        writeFileSync(join(dist, path), 'x'.repeat(bytes))
      }
      write(`${ROOT}/pages/index.js`, 700)
      writeFileSync(join(dist, 'app.json'), JSON.stringify({ subPackages: [{ root: ROOT }] }))
      write('common.js', 5000)
      writeFileSync(`${dist}.modules.json`, JSON.stringify(sizes))
      const stats = readSubpackage(dist, ROOT)
      expect(stats?.files).toEqual({ [`${ROOT}/pages/index.js`]: 700 })
      expect(stats?.modules['./node_modules/big-chart/index.js']).toBe(40_000)
      expect(readSubpackage(dist, 'mini-apps/absent')).toBeUndefined()
    } finally {
      rmSync(dirname(dist), { recursive: true, force: true })
    }
  })

  it('reads budgets as a department writes them', () => {
    expect([parseBytes('300KB'), parseBytes('2 mb'), parseBytes('4096'), parseBytes('lots')]).toEqual([307_200, 2_097_152, 4096, undefined])
  })
})
