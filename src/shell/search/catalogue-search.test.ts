import { loadCatalogue } from '../catalogue/catalogue-cache'
import { decodeCatalogue } from '../catalogue/catalogue-model'
import { isOfferedIn } from '../regions'
import { createSearchEngine, type SearchEngine } from './engine'
import { search } from './search'

/** The served catalogue through the mock backend, searched as a resident of Dalian would. */
const DALIAN = { city: '210200' }
let engine: SearchEngine

beforeAll(async () => {
  const memory = new Map<string, string>()
  const { index } = await loadCatalogue({
    fetchIndex: async () => ({ data: (await (await fetch('http://localhost/api/catalogue/index')).json()) as unknown }),
    storage: { get: (k) => memory.get(k), set: (k, v) => void memory.set(k, v) },
  })
  engine = createSearchEngine(decodeCatalogue(index))
})

const top = (query: string, n = 5) => search(engine, query, DALIAN).offered.slice(0, n)

describe('searching the served catalogue', () => {
  it('finds 社保查询 by its name, full pinyin, a pinyin prefix and initials', () => {
    for (const query of ['社保查询', 'shebaochaxun', 'sbcx']) expect(top(query, 1)[0]).toMatchObject({ name: { 'zh-CN': '社保查询' }, tier: 'exact', highlight: [[0, 4]] })
    expect(top('sheb', 20).map((h) => h.name['zh-CN'])).toContain('社保查询')
  })

  it('finds 公积金 by its initials, highlighting them, only Dalian’s services as offered', () => {
    const result = search(engine, 'gjj', DALIAN)
    expect(result.offered.length).toBeGreaterThan(5)
    for (const hit of result.offered) {
      const [start, end] = hit.highlight[0]
      expect(hit.name['zh-CN'].slice(start, end)).toMatch(/公积金/)
      expect(hit.services.every((s) => isOfferedIn(s.regions, DALIAN.city))).toBe(true)
    }
    expect(result.elsewhere.length).toBeGreaterThan(0)
    expect(result.elsewhere.every((h) => h.services.every((s) => !isOfferedIn(s.regions, DALIAN.city)))).toBe(true)
  })

  it('finds 医疗保险 for 医保', () => {
    const hit = search(engine, '医保', DALIAN).offered.find((h) => h.name['zh-CN'].includes('医疗保险'))
    expect(hit?.matchedBy).toBe('synonym')
  })

  it('finds a department’s services by its name', () => {
    const hits = search(engine, '大连市住房公积金管理中心', DALIAN).offered
    expect(hits.length).toBeGreaterThan(0)
    expect(hits.every((h) => h.matchedBy === 'department')).toBe(true)
  })

  it('answers every keystroke of a typed query, never throwing', () => {
    const query = 'zhufanggongjijintiqu'
    for (let n = 1; n <= query.length; n++) expect(search(engine, query.slice(0, n), DALIAN).offered.length).toBeGreaterThan(0)
    expect(top(query, 1)[0]).toMatchObject({ name: { 'zh-CN': '住房公积金提取' }, tier: 'exact' })
  })

  it('suggests what to try and the hotline when nothing matches', () => {
    const { offered, suggestions } = search(engine, '量子计算', DALIAN)
    expect(offered).toEqual([])
    expect(suggestions?.hotline).toBe('12345')
    expect(suggestions?.popular.length).toBeGreaterThan(0)
  })
})
