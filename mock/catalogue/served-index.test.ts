/** @jest-environment node */
import { gzipSync } from 'node:zlib'
import { storedBytes, STORAGE_KEY_LIMIT_BYTES } from '../../src/shell/catalogue/catalogue-cache'
import type { CatalogueIndex } from '../../src/shell/catalogue/index-types'
import { isOfferedIn } from '../../src/shell/regions'
import { catalogue as registered } from '../generated/catalogue'
import { catalogueIndexJson, catalogueIndexVersion } from '../generated/catalogue-index'
import { CATALOGUE_SEED, generateCatalogue } from './generate'
import { syllablesOf } from './pinyin'
import { buildServedIndex, contentVersion, HOT_PER_CITY, popularityScore } from './served-index'

let index: CatalogueIndex
beforeAll(() => {
  index = buildServedIndex(generateCatalogue({ seed: CATALOGUE_SEED, natives: registered }))
})

describe('pinyin keys', () => {
  it('gives one toneless lower-case syllable per character, ü as v, letters for themselves and nothing for punctuation', () => {
    expect(syllablesOf('社保查询')).toEqual(['she', 'bao', 'cha', 'xun'])
    expect(syllablesOf('绿色通道')).toEqual(['lv', 'se', 'tong', 'dao'])
    expect(syllablesOf('高速公路ETC')).toEqual(['gao', 'su', 'gong', 'lu', 'e', 't', 'c'])
    expect(syllablesOf('出国（境）')).toEqual(['chu', 'guo', '', 'jing', ''])
  })

  it('reads the polyphones of this vocabulary right', () => {
    expect(syllablesOf('职工个人参保登记')).toEqual(['zhi', 'gong', 'ge', 'ren', 'can', 'bao', 'deng', 'ji'])
    expect(syllablesOf('贷款提前还款').slice(-2)).toEqual(['huan', 'kuan'])
    expect(syllablesOf('新生儿重名查询')[3]).toBe('chong')
    expect(syllablesOf('长途汽车')[0]).toBe('chang')
    expect(syllablesOf('旅馆业特种行业')).toEqual(['lv', 'guan', 'ye', 'te', 'zhong', 'hang', 'ye'])
  })
})

describe('the served index', () => {
  it('is what the registry generated for the mock backend, version included', () => {
    expect(JSON.parse(catalogueIndexJson)).toEqual(index)
    expect(catalogueIndexVersion).toBe(index.version)
  })

  it('has one row per service in every column, and one title per distinct name with its pinyin', () => {
    const rows = index.services.id.length
    expect(rows).toBe(3050)
    for (const column of Object.values(index.services)) expect(column).toHaveLength(rows)
    expect(new Set(index.titles.zh).size).toBe(index.titles.zh.length)
    index.titles.zh.forEach((zh, t) => expect(index.titles.pinyin[t].split(' ')).toHaveLength(zh.length))
    expect(index.categories.id).toHaveLength(942)
  })

  it('lists each kind’s fields exactly for the services of that kind', () => {
    const positionsOf = (kind: string) => index.services.kind.flatMap((k, at) => (index.kinds[k] === kind ? [at] : []))
    expect(index.natives.map((n) => n.at)).toEqual(positionsOf('native'))
    expect(index.forms.map((f) => f.at)).toEqual(positionsOf('form'))
    expect(index.webviews.map((w) => w.at)).toEqual(positionsOf('webview'))
    expect(index.natives.map((n) => index.services.id[n.at])).toEqual(registered.filter((e) => e.kind === 'native').map((e) => e.id))
  })

  it('names for each city its most used services that are offered there', () => {
    for (const [city, hot] of Object.entries(index.hot)) {
      expect(hot.length).toBe(HOT_PER_CITY)
      for (const at of hot) expect(isOfferedIn(index.services.regions[at].split(' '), city)).toBe(true)
    }
    expect(Object.keys(index.hot)).toHaveLength(14)
  })

  it('carries the synonym table with each term’s pinyin', () => {
    const medical = index.synonyms.find((g) => g.terms.includes('医保'))
    expect(medical).toEqual({ terms: ['医保', '医疗保险'], pinyin: ['yi bao', 'yi liao bao xian'] })
  })

  it('versions by content: equal content, equal version; any change, another', () => {
    const { version, ...body } = index
    expect(contentVersion(body)).toBe(version)
    expect(contentVersion({ ...body, kinds: [...body.kinds].reverse() })).not.toBe(version)
  })

  it('scores use on a 0–99 log scale', () => {
    expect([popularityScore(0), popularityScore(9), popularityScore(999), popularityScore(1e12)]).toEqual([0, 20, 60, 99])
  })

  it('stays compact: under 128 KB gzip and inside one WeChat storage key', () => {
    const json = JSON.stringify(index)
    expect(gzipSync(json).length).toBeLessThan(128 * 1024)
    expect(storedBytes(json)).toBeLessThan(STORAGE_KEY_LIMIT_BYTES)
  })
})
