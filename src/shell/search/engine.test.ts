import { decodeCatalogue } from '../catalogue/catalogue-model'
import type { CatalogueIndex } from '../catalogue/index-types'
import { createSearchEngine } from './engine'
import { search, type SearchHit } from './search'

/** A small catalogue with hand-written pinyin, so each ranking rule can be seen alone. */
const DALIAN = '210200'
const SHENYANG = '210100'
const ZHONGSHAN = '210202' // 大连市中山区
const XIGANG = '210203' // 大连市西岗区

type Row = [zh: string, pinyin: string, regions: string, popularity: number, department: number]
const ROWS: Row[] = [
  ['社保查询', 'she bao cha xun', '210000', 80, 0],
  ['社保缴费', 'she bao jiao fei', '210000', 60, 0],
  ['社保', 'she bao', '210000', 10, 0],
  ['养老保险查询社保', 'yang lao bao xian cha xun she bao', '210000', 99, 0],
  ['住房公积金提取', 'zhu fang gong ji jin ti qu', DALIAN, 90, 1],
  ['住房公积金提取', 'zhu fang gong ji jin ti qu', SHENYANG, 85, 2],
  ['城镇职工基本医疗保险参保登记', 'cheng zhen zhi gong ji ben yi liao bao xian can bao deng ji', '210000', 40, 0],
  ['机动车驾驶证换证', 'ji dong che jia shi zheng huan zheng', ZHONGSHAN, 50, 3],
  ['职工退休申请', 'zhi gong tui xiu shen qing', '210000', 20, 0],
  ['缴存证明开具', 'jiao cun zheng ming kai ju', DALIAN, 5, 1],
]
const DEPARTMENTS = ['辽宁省人力资源和社会保障厅', '大连市住房公积金管理中心', '沈阳市住房公积金管理中心', '大连市公安局交通警察支队中山大队']

const fixture = (hot: number[] = []): CatalogueIndex => {
  const titles = [...new Set(ROWS.map((r) => r[0]))]
  return {
    version: 'v-fixture',
    kinds: ['native', 'form', 'webview', 'guide'],
    titles: { zh: titles, en: titles.map((t) => `en ${t}`), pinyin: titles.map((t) => ROWS.find((r) => r[0] === t)?.[1] ?? '') },
    services: {
      id: ROWS.map((_, i) => `s${i}`),
      title: ROWS.map((r) => titles.indexOf(r[0])),
      kind: ROWS.map(() => 3),
      category: ROWS.map(() => 1),
      department: ROWS.map((r) => r[4]),
      regions: ROWS.map((r) => r[2]),
      popularity: ROWS.map((r) => r[3]),
    },
    natives: [],
    forms: [],
    webviews: [],
    categories: { id: ['theme', 'theme.leaf'], zh: ['主题', '事项'], en: ['Theme', 'Matter'], parent: [-1, 0] },
    departments: { id: DEPARTMENTS.map((_, i) => `d${i}`), zh: DEPARTMENTS, en: DEPARTMENTS, region: ['210000', DALIAN, SHENYANG, ZHONGSHAN] },
    hot: { [DALIAN]: hot },
    synonyms: [
      { terms: ['医保', '医疗保险'], pinyin: ['yi bao', 'yi liao bao xian'] },
      { terms: ['公积金', '住房公积金'], pinyin: ['gong ji jin', 'zhu fang gong ji jin'] },
      { terms: ['驾照', '驾驶证'], pinyin: ['jia zhao', 'jia shi zheng'] },
      { terms: ['退休', '养老'], pinyin: ['tui xiu', 'yang lao'] },
    ],
  }
}

const engineWith = (hot?: number[]) => createSearchEngine(decodeCatalogue(fixture(hot)))
const names = (hits: SearchHit[]) => hits.map((h) => h.name['zh-CN'])
const inDalian = { city: DALIAN }

describe('search: matching', () => {
  const engine = engineWith()

  it('matches Chinese text and highlights it in the name', () => {
    const [hit] = search(engine, '金提取', inDalian).offered
    expect(hit).toMatchObject({ name: { 'zh-CN': '住房公积金提取' }, matchedBy: 'name', tier: 'contains', highlight: [[4, 7]] })
    // A synonym that spells the whole name makes it an exact match.
    expect(search(engine, '公积金提取', inDalian).offered[0]).toMatchObject({ matchedBy: 'synonym', tier: 'exact', highlight: [[0, 7]] })
  })

  it('matches full pinyin, a prefix of it and initials, highlighting the characters they spell', () => {
    expect(search(engine, 'shebaochaxun', inDalian).offered[0]).toMatchObject({ name: { 'zh-CN': '社保查询' }, matchedBy: 'pinyin', highlight: [[0, 4]], tier: 'exact' })
    expect(search(engine, 'sheb', inDalian).offered.every((h) => h.highlight[0][1] - h.highlight[0][0] === 2)).toBe(true)
    expect(search(engine, 'sbcx', inDalian).offered[0]).toMatchObject({ name: { 'zh-CN': '社保查询' }, matchedBy: 'initials', highlight: [[0, 4]] })
    expect(search(engine, 'jdc', inDalian).offered[0]).toMatchObject({ name: { 'zh-CN': '机动车驾驶证换证' }, highlight: [[0, 3]] })
  })

  it('matches synonyms both ways, highlighting the word found', () => {
    const hit = search(engine, '医保', inDalian).offered.find((h) => h.name['zh-CN'].includes('医疗保险'))
    expect(hit).toMatchObject({ matchedBy: 'synonym', highlight: [[6, 10]] })
    expect(names(search(engine, '驾照', inDalian).offered)).toEqual(['机动车驾驶证换证'])
    // 养老 begins its name, so the synonym match ranks first; the direct match is inside its name.
    expect(search(engine, '退休', inDalian).offered.map((h) => [h.name['zh-CN'], h.matchedBy, h.tier])).toEqual([
      ['养老保险查询社保', 'synonym', 'prefix'],
      ['职工退休申请', 'name', 'contains'],
    ])
    expect(search(engine, 'yibao', inDalian).offered.map((h) => h.matchedBy)).toContain('synonym')
  })

  it('finds services by their department’s name, highlighting it there', () => {
    const hits = search(engine, '公积金管理中心', inDalian).offered
    expect(names(hits)).toEqual(['住房公积金提取', '缴存证明开具'])
    expect(hits[1]).toMatchObject({ tier: 'department', matchedBy: 'department', highlight: [], department: { position: 1, highlight: [[5, 12]] } })
    expect(search(engine, '公积金管理中心', inDalian).elsewhere.map((h) => h.department?.position)).toEqual([2])
  })

  it('finds English names from the start of a word', () => {
    const english = createSearchEngine(decodeCatalogue({ ...fixture(), titles: { ...fixture().titles, en: fixture().titles.zh.map((_, i) => (i === 0 ? 'Social insurance enquiry' : `Other ${i}`)) } }))
    expect(search(english, 'insurance', inDalian).offered[0]).toMatchObject({ name: { en: 'Social insurance enquiry' }, matchedBy: 'english', highlight: [] })
    expect(search(english, 'nsurance', inDalian).offered).toEqual([])
  })
})

describe('search: ranking', () => {
  it('puts the exact name first, then names it begins, then the rest', () => {
    const hits = search(engineWith(), '社保', inDalian).offered
    expect(hits.map((h) => [h.name['zh-CN'], h.tier])).toEqual([
      ['社保', 'exact'],
      ['社保查询', 'prefix'],
      ['社保缴费', 'prefix'],
      ['养老保险查询社保', 'contains'],
    ])
  })

  it('ranks by use within a tier, and the city’s hot services above the rest', () => {
    expect(names(search(engineWith(), 'sb', inDalian).offered).slice(0, 3)).toEqual(['社保', '社保查询', '社保缴费'])
    const payFirstInDalian = engineWith([1])
    expect(names(search(payFirstInDalian, '社保', inDalian).offered).slice(1, 3)).toEqual(['社保缴费', '社保查询'])
    expect(names(search(payFirstInDalian, '社保', { city: SHENYANG }).offered).slice(1, 3)).toEqual(['社保查询', '社保缴费'])
  })
})

describe('search: where services are offered', () => {
  const engine = engineWith()

  it('returns the resident city’s service as offered and other cities’ apart', () => {
    const result = search(engine, 'gjj', inDalian)
    expect(result.offered.map((h) => h.services.map((s) => s.id))).toEqual([['s4']])
    expect(result.elsewhere.map((h) => h.services.map((s) => s.id))).toEqual([['s5']])
    const inShenyang = search(engine, 'gjj', { city: SHENYANG })
    expect(inShenyang.offered[0].services[0].id).toBe('s5')
  })

  it('offers province-wide services everywhere and a district’s only there once a district is chosen', () => {
    expect(names(search(engine, '社保查询', { city: SHENYANG }).offered)).toEqual(['社保查询'])
    expect(names(search(engine, '驾驶证', inDalian).offered)).toEqual(['机动车驾驶证换证'])
    expect(names(search(engine, '驾驶证', { city: DALIAN, district: ZHONGSHAN }).offered)).toEqual(['机动车驾驶证换证'])
    const elsewhere = search(engine, '驾驶证', { city: DALIAN, district: XIGANG })
    expect(elsewhere.offered).toEqual([])
    expect(names(elsewhere.elsewhere)).toEqual(['机动车驾驶证换证'])
  })
})

describe('search: nothing found', () => {
  const engine = engineWith([0, 1])

  it('suggests a shorter query that finds something here, popular services and the 12345 hotline', () => {
    const result = search(engine, 'sbcxq', inDalian)
    expect(result.offered).toEqual([])
    expect(result.suggestions).toMatchObject({ queries: ['sbcx'], hotline: '12345' })
    expect(result.suggestions?.popular.map((s) => s.id)).toEqual(['s0', 's1'])
  })

  it('suggests part of a Chinese query that finds something', () => {
    expect(search(engine, '查社保卡', inDalian).suggestions?.queries).toContain('社保')
  })

  it('suggests nothing for an empty query', () => {
    expect(search(engine, '  ', inDalian)).toEqual({ query: '', offered: [], elsewhere: [] })
  })

  it('still suggests when the only matches are elsewhere', () => {
    const result = search(engine, 'gjj', { city: '211400' })
    expect(result.elsewhere.length).toBe(1)
    expect(result.suggestions?.hotline).toBe('12345')
  })
})
