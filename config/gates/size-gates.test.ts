import budgetFile from '../bench/budgets.json'
import { describeGate, growthGate, h5Gate, weappGates, type BareFigures, type GateBudgets } from './size-gates'

const budgets = budgetFile as unknown as GateBudgets
const bare: BareFigures = { weappMainBytes: 300_000, h5FirstLoadGzipBytes: 100_000 }
const KB = 1024

const weapp = (mainTaro: number, subpackage: number) => ({
  main: { 'taro.js': mainTaro, 'app.js': 90_000, 'base.wxml': 55_000 },
  subpackages: { 'mini-apps/a': { 'mini-apps/a/pages/index.js': subpackage, 'mini-apps/a/pages/index.wxss': 2_000 } },
})

describe('weapp size gates', () => {
  it('pass a main package within 1.6× the bare app and subpackages within 300 KB', () => {
    expect(weappGates(weapp(120_000, 100 * KB), bare, budgets).every((r) => r.pass)).toBe(true)
  })

  it('fail a main package over 1.6× the bare app, naming its biggest files first', () => {
    const [main] = weappGates(weapp(340_000, 10 * KB), bare, budgets)
    expect(main.pass).toBe(false)
    expect(main.value).toBeCloseTo(485_000 / 300_000)
    expect(main.contributors.map((c) => c.path)).toEqual(['taro.js', 'app.js', 'base.wxml'])
    expect(describeGate(main)).toMatch(/^FAIL {2}weapp main package vs bare app: 1\.62×[\s\S]*taro\.js/)
  })

  it('fail a subpackage over 300 KB, naming it and its biggest file', () => {
    const [, sub] = weappGates(weapp(120_000, 299 * KB), bare, budgets)
    expect(sub.pass).toBe(false)
    expect(sub.figure).toBe('weapp subpackage mini-apps/a')
    expect(sub.contributors[0].path).toBe('mini-apps/a/pages/index.js')
  })
})

describe('growth per added mini-app', () => {
  const before = { 'app.js': 90_000, 'app.json': 1_000, 'base.wxml': 55_000 }

  it('passes when the main package grows by at most 2 KB per mini-app', () => {
    const r = growthGate({ extraMiniApps: 2, before, after: { ...before, 'app.json': 1_400, 'app.js': 92_000 } }, budgets)
    expect(r.pass).toBe(true)
    expect(r.value).toBe(1_200)
  })

  it('fails over 2 KB per mini-app, naming the files that grew most (new files included)', () => {
    const after = { ...before, 'app.json': 1_300, 'app.js': 91_000, 'shared-form.js': 4_000 }
    const r = growthGate({ extraMiniApps: 2, before, after }, budgets)
    expect(r.pass).toBe(false)
    expect(r.value).toBe(2_650)
    expect(r.contributors).toEqual([{ path: 'shared-form.js', bytes: 4_000 }, { path: 'app.js', bytes: 1_000 }, { path: 'app.json', bytes: 300 }])
  })

  it('refuses to divide by no added mini-app', () => {
    expect(() => growthGate({ extraMiniApps: 0, before, after: before }, budgets)).toThrow(/at least one/)
  })
})

describe('H5 first-load gate', () => {
  it('passes at 1.3× the bare app', () => {
    expect(h5Gate({ firstLoadGzip: { 'js/app.js': 80_000, 'js/vendors.js': 50_000 } }, bare, budgets).pass).toBe(true)
  })

  it('fails over 1.3×, naming the heaviest scripts', () => {
    const r = h5Gate({ firstLoadGzip: { 'js/app.js': 40_000, 'js/vendors.js': 91_000 } }, bare, budgets)
    expect(r.pass).toBe(false)
    expect(r.contributors[0]).toEqual({ path: 'js/vendors.js', bytes: 91_000 })
    expect(describeGate(r)).toContain('biggest contributors')
  })
})
