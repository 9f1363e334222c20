import { catalogueIndexJson } from './mock/generated/catalogue-index'
import { decodeCatalogue } from './src/shell/catalogue/catalogue-model'
import { createSearchEngine, search } from './src/shell/search'
let t = performance.now()
const index = JSON.parse(catalogueIndexJson)
const c = decodeCatalogue(index)
const e = createSearchEngine(c)
console.log('build', (performance.now()-t).toFixed(1))
const place = { city: '210200' }
const show = (q: string) => { const t0=performance.now(); const r = search(e, q, place); const ms=performance.now()-t0
  console.log(`${q} (${ms.toFixed(2)}ms): offered ${r.offered.length} elsewhere ${r.elsewhere.length}`, r.offered.slice(0,5).map(h=>`${h.name['zh-CN']}[${h.tier}/${h.matchedBy}/${JSON.stringify(h.highlight)}]`).join(' '), r.suggestions ? JSON.stringify({q: r.suggestions.queries, p: r.suggestions.popular.map(s=>s.name['zh-CN'])}) : '') }
for (const q of ['社保查询','sbcx','shebaochaxun','sheb','gjj','医保','yb','驾照','户口','退休','大连市住房公积金','s','z','passport','量子计算','zzzz','公积金提取','gjjtq','zhufanggongjijintiqu','身份证','etc','12345']) show(q)
