/** @jest-environment node */
import { budgetRow, checkBudget, describeBudget, formatTable, infoRow } from './report'

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
