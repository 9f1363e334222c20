import type { CatalogueIndex, ServiceGuide } from '../../src/shell/catalogue/index-types'
import { contractProblems } from '../contract/validator'
import { catalogueIndexVersion } from '../generated/catalogue-index'
import { catalogue as nativeEntries } from '../generated/catalogue'

const API = 'http://localhost/api'

const getIndex = async (query = '', headers: Record<string, string> = {}) => {
  const response = await fetch(`${API}/catalogue/index${query}`, { headers })
  const text = await response.text()
  return { response, text, body: text ? (JSON.parse(text) as unknown) : undefined }
}

const firstOfKind = (index: CatalogueIndex, kind: string) => index.services.id[index.services.kind.findIndex((k) => index.kinds[k] === kind)]

describe('GET /api/catalogue/index', () => {
  it('serves the whole index with its version as the ETag', async () => {
    const { response, body } = await getIndex()
    const index = body as CatalogueIndex
    expect(response.status).toBe(200)
    expect(response.headers.get('ETag')).toBe(`"${catalogueIndexVersion}"`)
    expect(index.version).toBe(catalogueIndexVersion)
    expect(index.services.id).toHaveLength(3050)
    expect(contractProblems('GET', '/catalogue/index', 200, index)).toEqual([])
  })

  it('answers a client holding the current version with a few bytes and no catalogue', async () => {
    const { response, text, body } = await getIndex(`?version=${catalogueIndexVersion}`)
    expect(response.status).toBe(200)
    expect(body).toEqual({ unchanged: true, version: catalogueIndexVersion })
    expect(text.length).toBeLessThan(100)
    expect(contractProblems('GET', '/catalogue/index', 200, body)).toEqual([])
  })

  it('answers If-None-Match with the current version with 304 and no body', async () => {
    const { response, text } = await getIndex('', { 'If-None-Match': `W/"${catalogueIndexVersion}"` })
    expect(response.status).toBe(304)
    expect(text).toBe('')
  })

  it('sends the whole index to a client holding an old version', async () => {
    const byQuery = await getIndex('?version=v-0000000000000000')
    const byHeader = await getIndex('', { 'If-None-Match': '"v-0000000000000000"' })
    expect((byQuery.body as CatalogueIndex).version).toBe(catalogueIndexVersion)
    expect(byHeader.response.status).toBe(200)
  })

  it('carries the registered mini-apps and form scenarios among the services', async () => {
    const index = (await getIndex()).body as CatalogueIndex
    for (const entry of nativeEntries) {
      if (entry.kind === 'native') expect(index.natives.find((n) => index.services.id[n.at] === entry.id)?.entry).toBe(entry.entry)
      else expect(index.forms.find((f) => index.services.id[f.at] === entry.id)).toMatchObject({ scenarioId: entry.id, status: 'available' })
    }
  })
})

describe('GET /api/catalogue/guides/:id', () => {
  let index: CatalogueIndex
  beforeAll(async () => {
    index = (await getIndex()).body as CatalogueIndex
  })

  it('serves the guide of a guide service within the contract, the same on every request', async () => {
    const id = firstOfKind(index, 'guide')
    const response = await fetch(`${API}/catalogue/guides/${id}`)
    const guide = (await response.json()) as ServiceGuide
    expect(response.status).toBe(200)
    expect(contractProblems('GET', `/catalogue/guides/${id}`, 200, guide)).toEqual([])
    const at = index.services.id.indexOf(id)
    expect(guide.name['zh-CN']).toBe(index.titles.zh[index.services.title[at]])
    expect(guide.department['zh-CN']).toBe(index.departments.zh[index.services.department[at]])
    expect(guide.materials.length).toBeGreaterThanOrEqual(2)
    expect(guide.promisedDays).toBeLessThanOrEqual(guide.legalDays)
    expect(['zero', 'once']).toContain(guide.runs)
    expect(await (await fetch(`${API}/catalogue/guides/${id}`)).json()).toEqual(guide)
  })

  it('charges where a fee applies, with its basis, and nothing elsewhere', async () => {
    const idOf = (name: string) => index.services.id.find((_, at) => index.titles.zh[index.services.title[at]] === name && index.kinds[index.services.kind[at]] === 'guide')
    const fees = await Promise.all(
      index.services.id.filter((_, at) => index.kinds[index.services.kind[at]] === 'guide').slice(0, 40).map(async (id) => ((await (await fetch(`${API}/catalogue/guides/${id}`)).json()) as ServiceGuide).fee),
    )
    expect(fees.some((fee) => fee.free)).toBe(true)
    const charged = ['居民身份证补领', '普通护照申领', '机动车驾驶证补领'].map(idOf).find((id) => id !== undefined)
    if (charged === undefined) throw new Error('the catalogue has no charged matter as a guide')
    const { fee } = (await (await fetch(`${API}/catalogue/guides/${charged}`)).json()) as ServiceGuide
    expect(fee).toMatchObject({ free: false, amountFen: expect.any(Number), basis: { 'zh-CN': expect.stringMatching(/《.+》/) } })
  })

  it('answers 404 for a service that is not a guide and for an unknown id', async () => {
    for (const id of [firstOfKind(index, 'webview'), 'no-such-service']) {
      const response = await fetch(`${API}/catalogue/guides/${id}`)
      const body: unknown = await response.json()
      expect(response.status).toBe(404)
      expect(body).toMatchObject({ code: 'GUIDE_NOT_FOUND' })
      expect(contractProblems('GET', `/catalogue/guides/${id}`, 404, body)).toEqual([])
    }
  })
})
