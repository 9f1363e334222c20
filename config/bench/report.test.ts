/** @jest-environment node */
import { budgetRow, checkBudget, describeBudget, formatTable, infoRow } from './report'
import { catalogueRows } from './rows'

describe('bench report', () => {
  it('judges upper and lower bounds, inclusive', () => {
    expect(checkBudget(1.6, { max: 1.6, unit: 'x' })).toBe('pass')
    expect(checkBudget(1.61, { max: 1.6, unit: 'x' })).toBe('miss')
    expect(checkBudget(95, { min: 95, unit: 'score' })).toBe('pass')
    expect(checkBudget(94, { min: 95, unit: 'score' })).toBe('miss')
  })

  it('states each aim in the unit people read', () => {
    expect(describeBudget({ max: 2048, unit: 'B' })).toBe('≤ 2.0 KB')
    expect(describeBudget({ max: 2 * 1024 * 1024, unit: 'B' })).toBe('≤ 2.0 MB')
    expect(describeBudget({ max: 1500, unit: 'ms' })).toBe('≤ 1.50 s')
    expect(describeBudget({ max: 2, unit: 'ms' })).toBe('≤ 2.00 ms')
    expect(describeBudget({ max: 250, unit: 'ms' })).toBe('≤ 250 ms')
    expect(describeBudget({ min: 95, unit: 'score' })).toBe('≥ 95')
  })

  it('prints a table with a result column only for budgeted figures', () => {
    const table = formatTable([budgetRow('growth per mini-app', 135, { max: 2048, unit: 'B' }), infoRow('weapp build', '20.1 s')])
    const [header, , growth, build] = table.split('\n')
    expect(header).toMatch(/^figure\s+measured\s+aim \/ budget\s+result$/)
    expect(growth).toMatch(/growth per mini-app\s+135 B\s+≤ 2.0 KB\s+PASS$/)
    expect(build).toMatch(/weapp build\s+20.1 s\s+—$/)
  })
})

describe('catalogue rows', () => {
  const figures = {
    services: 3050, serverBuildMs: 250, buildMs: 16, indexBytes: 450_000, indexGzipBytes: 90_000, queries: 245, keystrokes: 1424,
    p50Ms: 0.1, p95Ms: 0.4, maxMs: 12, firstLaunchBytes: 90_000, secondLaunchBytes: 69,
  }

  it('judges search p95 against 2 ms, the index and the unchanged launch against their sizes', () => {
    const rows = catalogueRows(figures)
    expect(rows.map((r) => [r.figure, r.result])).toEqual([
      ['catalogue search p95 per keystroke', 'pass'],
      ['catalogue index (gzip)', 'pass'],
      ['catalogue search index build', 'info'],
      ['catalogue first launch download (gzip)', 'info'],
      ['catalogue second launch download, unchanged (gzip)', 'pass'],
    ])
    expect(rows[0].measured).toBe('0.40 ms (p50 0.10 ms, max 12 ms; 1424 keystrokes of 245 queries)')
    expect(catalogueRows({ ...figures, p95Ms: 2.5 })[0].result).toBe('miss')
  })
})
