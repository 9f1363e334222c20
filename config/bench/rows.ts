import { WEAPP_LIMITS } from '../checks/package-size'
import budgetFile from './budgets.json'
import type { FirstLoad } from './first-load'
import type { LighthouseFigures } from './lighthouse'
import type { GrowthFigures, WeappFigures } from './measure'
import type { CatalogueBenchFigures } from './search-bench'
import { budgetRow, formatValue, infoRow, kib, type Budget, type Row } from './report'

export interface BenchFigures {
  weapp: { app: WeappFigures; bare: WeappFigures; growth: GrowthFigures }
  h5: {
    app: { firstLoad: FirstLoad; buildSeconds: number }
    bare: { firstLoad: FirstLoad; buildSeconds: number }
  }
  lighthouse: { app: LighthouseFigures; bare: LighthouseFigures }
  catalogue: CatalogueBenchFigures
}

type BudgetName = Exclude<keyof typeof budgetFile, '$comment' | '$h5Ceiling'>
export type Budgets = Record<BudgetName, Budget>
export const budgets = budgetFile as Budgets

const GATED = ' (gated in build:weapp)'
const ratio = (a: number, b: number) => a / b
const seconds = (s: number) => `${s.toFixed(1)} s`
const runs = (lh: LighthouseFigures, pick: (r: LighthouseFigures['runs'][number]) => string) => `runs ${lh.runs.map(pick).join(', ')}`

const ms = (value: number) => formatValue(value, 'ms')

/** The catalogue at Liaoshitong scale: search speed per keystroke, index size, and what each launch downloads. */
export const catalogueRows = (c: CatalogueBenchFigures, b: Budgets = budgets): Row[] => [
  budgetRow('catalogue search p95 per keystroke', c.p95Ms, b.catalogueSearchP95, `${ms(c.p95Ms)} (p50 ${ms(c.p50Ms)}, max ${ms(c.maxMs)}; ${c.keystrokes} keystrokes of ${c.queries} queries)`),
  budgetRow('catalogue index (gzip)', c.indexGzipBytes, b.catalogueIndexGzip, `${kib(c.indexGzipBytes)} (${kib(c.indexBytes)} raw, ${c.services} services)`),
  infoRow('catalogue search index build', `${ms(c.buildMs)} on the device (decode + index); ${ms(c.serverBuildMs)} to generate with pinyin`),
  infoRow('catalogue first launch download (gzip)', kib(c.firstLaunchBytes)),
  budgetRow('catalogue second launch download, unchanged (gzip)', c.secondLaunchBytes, b.catalogueSecondLaunch),
]

/** Every figure the bench reports, in the order of the issue, each against its aim where it has one. */
export const rowsFor = (f: BenchFigures, b: Budgets = budgets): Row[] => {
  const { app, bare, growth } = f.weapp
  const mainRatio = ratio(app.mainBytes, bare.mainBytes)
  const js = { app: f.h5.app.firstLoad.gzipBytes, bare: f.h5.bare.firstLoad.gzipBytes }
  const jsRatio = ratio(js.app, js.bare)
  const lh = f.lighthouse
  return [
    budgetRow('weapp main package vs bare app', mainRatio, b.weappMainPackageVsBare, `${kib(app.mainBytes)} vs ${kib(bare.mainBytes)} = ${formatValue(mainRatio, 'x')}`),
    budgetRow('weapp main package', app.mainBytes, { max: WEAPP_LIMITS.packageBytes, unit: 'B' }, undefined, GATED),
    ...Object.entries(app.subpackages).map(([root, bytes]) => budgetRow(`weapp subpackage ${root}`, bytes, b.weappSubpackage)),
    budgetRow('weapp all packages', app.totalBytes, { max: WEAPP_LIMITS.totalBytes, unit: 'B' }, undefined, GATED),
    budgetRow(
      'weapp main-package growth per mini-app',
      growth.bytesPerMiniApp,
      b.weappGrowthPerMiniApp,
      `${Math.round(growth.bytesPerMiniApp)} B (+${growth.mainBytesAfter - growth.mainBytesBefore} B for ${growth.extraMiniApps})`,
    ),
    budgetRow('H5 home first-load JS (gzip) vs bare', jsRatio, b.h5FirstLoadJsVsBare, `${kib(js.app)} vs ${kib(js.bare)} = ${formatValue(jsRatio, 'x')}`),
    budgetRow('Lighthouse mobile performance', lh.app.performance, b.lighthousePerformance, `${lh.app.performance} (${runs(lh.app, (r) => String(r.performance))})`),
    budgetRow('Lighthouse mobile LCP', lh.app.lcpMs, b.lighthouseLcp, `${formatValue(lh.app.lcpMs, 'ms')} (${runs(lh.app, (r) => formatValue(r.lcpMs, 'ms'))})`),
    budgetRow('Lighthouse mobile CLS', lh.app.cls, b.lighthouseCls, `${formatValue(lh.app.cls, 'shift')} (${runs(lh.app, (r) => formatValue(r.cls, 'shift'))})`),
    infoRow('Lighthouse, bare app (reference)', `performance ${lh.bare.performance} (${runs(lh.bare, (r) => String(r.performance))}), LCP ${formatValue(lh.bare.lcpMs, 'ms')} (${runs(lh.bare, (r) => formatValue(r.lcpMs, 'ms'))}), CLS ${formatValue(lh.bare.cls, 'shift')}`),
    ...catalogueRows(f.catalogue, b),
    infoRow('weapp build time', `${seconds(app.buildSeconds)} (bare ${seconds(bare.buildSeconds)})`),
    infoRow('h5 build time', `${seconds(f.h5.app.buildSeconds)} (bare ${seconds(f.h5.bare.buildSeconds)})`),
  ]
}
