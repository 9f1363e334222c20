import { catalogue as registered } from '../../../mock/generated/catalogue'
import { isOfferedIn } from '../regions'
import { loadCatalogue } from './catalogue-cache'
import { decodeCatalogue, type Catalogue } from './catalogue-model'
import { taroCatalogueStorage } from './catalogue-storage'
import { isAllowedWebviewUrl } from './webview-allow-list'

const fetchIndex = async (version: string | undefined) => {
  const response = await fetch(`http://localhost/api/catalogue/index${version ? `?version=${version}` : ''}`)
  return { data: (await response.json()) as unknown }
}

let catalogue: Catalogue
beforeAll(async () => {
  // Through the device storage adapter (Taro's stand-in under Jest) and the mock backend.
  const loaded = await loadCatalogue({ fetchIndex, storage: taroCatalogueStorage })
  catalogue = decodeCatalogue(loaded.index)
})

describe('decodeCatalogue', () => {
  it('turns the columns into 3,050 services and a tree of 942 categories', () => {
    expect(catalogue.services).toHaveLength(3050)
    expect(catalogue.categories).toHaveLength(942)
    const leaves = catalogue.categories.filter((c) => c.children.length === 0)
    expect(leaves.every((c) => c.services.length > 0)).toBe(true)
    expect(leaves.reduce((sum, c) => sum + c.services.length, 0)).toBe(3050)
    expect(catalogue.themes.map((t) => catalogue.categories[t].name['zh-CN'])).toEqual(expect.arrayContaining(['社会保障', '医疗卫生', '交通出行', '住房保障', '户籍办理', '出入境', '税务', '水电气暖']))
  })

  it('gives each kind what opening it needs', () => {
    for (const service of catalogue.services) {
      if (service.kind === 'native') expect(service.entry).toMatch(/^\/mini-apps\//)
      if (service.kind === 'form') expect(service.scenarioId).toBeTruthy()
      if (service.kind === 'webview') expect(service.pageTitle['zh-CN']).toBeTruthy()
    }
    const webviews = catalogue.services.filter((s) => s.kind === 'webview')
    expect(webviews.filter((s) => s.kind === 'webview' && !isAllowedWebviewUrl(s.url)).length).toBeGreaterThan(0)
    expect(webviews.filter((s) => s.kind === 'webview' && s.pageTitle === s.name).length).toBeGreaterThan(webviews.length / 2)
  })

  it('finds the native mini-apps of the manifests by id, with their entries', () => {
    for (const entry of registered) {
      const opening = entry.kind === 'native' ? { kind: 'native', entry: entry.entry } : { kind: 'form', scenarioId: entry.id, status: 'available' }
      expect(catalogue.byId(entry.id)).toMatchObject({ ...opening, name: entry.name })
    }
    expect(catalogue.byId('no-such-service')).toBeUndefined()
  })

  it('lists departments with their services, for browsing by department', () => {
    const fund = catalogue.departments.find((d) => d.name['zh-CN'] === '大连市住房公积金管理中心')
    expect(fund?.services.length).toBeGreaterThan(0)
    expect(fund?.services.every((p) => catalogue.services[p].department === fund.position)).toBe(true)
    expect(catalogue.departments.reduce((sum, d) => sum + d.services.length, 0)).toBe(3050)
  })

  it('groups services of one name under one title with its syllables', () => {
    const title = catalogue.titles.find((t) => t.name['zh-CN'] === '社保查询')
    expect(title?.syllables).toEqual(['she', 'bao', 'cha', 'xun'])
    expect(catalogue.titles.reduce((sum, t) => sum + t.services.length, 0)).toBe(3050)
  })

  it("lists each city's hot services, all offered there", () => {
    const hot = catalogue.hotIn('210200')
    expect(hot.length).toBeGreaterThan(0)
    expect(hot.every((s) => isOfferedIn(s.regions, '210200'))).toBe(true)
    expect(catalogue.hotIn('999999')).toEqual([])
  })
})
