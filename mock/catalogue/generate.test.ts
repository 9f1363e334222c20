/** @jest-environment node */
import { cities, isOfferedIn, PROVINCE_CODE, regionByCode } from '../../src/shell/regions'
import { catalogue as registered } from '../generated/catalogue'
import { CATALOGUE_SEED, CATEGORY_TOTAL, generateCatalogue, SERVICE_TOTAL } from './generate'
import { OFF_LIST_PAGES } from './service-details'
import type { GeneratedCatalogue } from './types'

const nativeEntries = registered.filter((e) => e.kind === 'native')
const formEntries = registered.filter((e) => e.kind === 'form')

let made: GeneratedCatalogue
beforeAll(() => {
  made = generateCatalogue({ natives: registered })
})

const leaves = (c: GeneratedCatalogue) => {
  const parents = new Set(c.categories.map((cat) => cat.parent))
  return c.categories.map((_, at) => at).filter((at) => !parents.has(at))
}

describe('the seeded catalogue generator', () => {
  it('is deterministic: the same seed gives byte-identical output, another seed another catalogue', () => {
    const again = generateCatalogue({ seed: CATALOGUE_SEED, natives: registered })
    expect(JSON.stringify(again)).toBe(JSON.stringify(made))
    const other = generateCatalogue({ seed: 'another-seed', natives: registered })
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(made))
    expect(other.services).toHaveLength(SERVICE_TOTAL)
  })

  it('makes 3,050 services in 942 categories, every service in a leaf and every leaf used', () => {
    expect(made.services).toHaveLength(3050)
    expect(made.categories).toHaveLength(942)
    expect([SERVICE_TOTAL, CATEGORY_TOTAL]).toEqual([3050, 942])
    const leafSet = new Set(leaves(made))
    expect(made.services.every((s) => leafSet.has(s.category))).toBe(true)
    expect(new Set(made.services.map((s) => s.category))).toEqual(leafSet)
    expect(made.categories.filter((c) => c.parent === -1).length).toBeGreaterThanOrEqual(12)
  })

  it('gives services unique ids and leaves unique names', () => {
    expect(new Set(made.services.map((s) => s.id)).size).toBe(made.services.length)
    const leafNames = leaves(made).map((at) => made.categories[at].name['zh-CN'])
    expect(new Set(leafNames).size).toBe(leafNames.length)
  })

  it('lists no name twice in any city or district', () => {
    const places = cities.flatMap((city) => [{ city: city.code, district: undefined as string | undefined }, ...city.districts.map((d) => ({ city: city.code, district: d.code }))])
    for (const { city, district } of places) {
      const names = made.services.filter((s) => isOfferedIn(s.regions, city, district)).map((s) => s.name['zh-CN'])
      expect({ city, district, duplicates: names.filter((n, i) => names.indexOf(n) !== i) }).toEqual({ city, district, duplicates: [] })
    }
  })

  it('offers services in every city, at province, city and district level', () => {
    for (const city of cities) expect(made.services.some((s) => s.regions.includes(city.code) || s.regions.some((r) => regionByCode(r)?.parent === city.code))).toBe(true)
    const levels = new Set(made.services.flatMap((s) => s.regions.map((r) => (r === PROVINCE_CODE ? 'province' : regionByCode(r)?.level))))
    expect(levels).toEqual(new Set(['province', 'city', 'district']))
    const departmentLevels = new Set(made.departments.map((d) => (d.region === PROVINCE_CODE ? 'province' : regionByCode(d.region)?.level)))
    expect(departmentLevels).toEqual(new Set(['province', 'city', 'district']))
  })

  it('has all four kinds, each with what opening it needs', () => {
    const byKind = (kind: string) => made.services.filter((s) => s.kind === kind)
    expect(byKind('native')).toHaveLength(nativeEntries.length)
    expect(byKind('guide').length).toBeGreaterThan(1000)
    expect(byKind('form').every((s) => s.form?.scenarioId && ['coming', 'available'].includes(s.form.status))).toBe(true)
    // Only a registered scenario has a served definition, so only those are available.
    const available = byKind('form').filter((s) => s.form?.status === 'available')
    expect(available.map((s) => s.form?.scenarioId).sort()).toEqual(formEntries.map((e) => e.id).sort())
    expect(byKind('webview').every((s) => s.webview?.url.startsWith('https://'))).toBe(true)
  })

  it('points mostly at Liaoning government hosts, and a few pages deliberately elsewhere', () => {
    const hosts = made.services.flatMap((s) => (s.webview ? [new URL(s.webview.url).host] : []))
    const offList = hosts.filter((h) => !h.endsWith('.ln.gov.cn'))
    expect(offList.length).toBeGreaterThanOrEqual(OFF_LIST_PAGES.length)
    expect(offList.length).toBeLessThan(hosts.length / 20)
  })

  it('merges the native mini-apps from the manifests, keeping their ids, entries and regions', () => {
    for (const entry of nativeEntries) {
      const service = made.services.find((s) => s.id === entry.id)
      expect(service).toMatchObject({ kind: 'native', name: entry.name, regions: entry.regions, native: { entry: entry.entry, level: entry.level, targets: entry.targets } })
      expect(made.departments[service?.department ?? -1].name).toEqual(entry.department)
    }
  })

  it('names services like departments do, in Chinese and English, with real department names', () => {
    const names = new Set(made.services.map((s) => s.name['zh-CN']))
    for (const name of ['社保查询', '住房公积金提取', '机动车驾驶证换证', '出生医学证明办理', '城乡居民基本养老保险参保登记']) expect(names).toContain(name)
    // Registered mini-apps keep their departments' own names ("12345 …"); the generator's names are checked here.
    const generated = made.services.filter((s) => !registered.some((e) => e.id === s.id))
    expect(generated.every((s) => /^[A-Z]/.test(s.name.en) && !/[\u4e00-\u9fff]/.test(s.name.en))).toBe(true)
    const departments = new Set(made.departments.map((d) => d.name['zh-CN']))
    for (const name of ['辽宁省人力资源和社会保障厅', '大连市住房公积金管理中心']) expect(departments).toContain(name)
    expect([...departments].some((d) => /^沈阳市(和平|沈河|皇姑|大东|铁西)区/.test(d))).toBe(true)
  })

  it('records use only in the cities where a service is offered, and more in bigger cities', () => {
    for (const s of made.services) {
      for (const city of Object.keys(s.popularity)) expect(isOfferedIn(s.regions, city)).toBe(true)
    }
    const provinceWide = made.services.filter((s) => s.regions.includes(PROVINCE_CODE))
    const total = (city: string) => provinceWide.reduce((sum, s) => sum + (s.popularity[city] ?? 0), 0)
    expect(total('210100')).toBeGreaterThan(total('210500'))
  })

  it('stops with a reason when the vocabulary cannot reach the totals', () => {
    expect(() => generateCatalogue({ natives: registered, categories: 5000 })).toThrow(/categories too few/)
    expect(() => generateCatalogue({ natives: registered, services: 100_000 })).toThrow(/Cannot place/)
  })
})
