import { http, HttpResponse } from 'msw'
import { server } from '@test/msw-server'
import { CATALOGUE_CACHE_KEY, CatalogueUnavailableError, loadCatalogue, storedBytes, type CatalogueStorage, type FetchIndex } from './catalogue-cache'
import type { CatalogueIndex } from './index-types'

/**
 * The real path: the mock backend's handler answers over MSW, and the
 * cache logic runs on a storage that holds strings like Taro's.
 */
const memoryStorage = () => {
  const values = new Map<string, string>()
  const storage: CatalogueStorage = { get: (key) => values.get(key), set: (key, value) => void values.set(key, value) }
  return { values, storage }
}

const downloads: { url: string; bytes: number }[] = []
const fetchIndex: FetchIndex = async (version) => {
  const url = `http://localhost/api/catalogue/index${version ? `?version=${encodeURIComponent(version)}` : ''}`
  try {
    const response = await fetch(url)
    const text = await response.text()
    downloads.push({ url, bytes: text.length })
    return response.ok ? { data: JSON.parse(text) as unknown } : { error: { kind: 'http', status: response.status } }
  } catch (e: unknown) {
    return { error: { kind: 'network', detail: String(e) } }
  }
}

beforeEach(() => downloads.splice(0))

const goOffline = () => server.use(http.get('*/api/catalogue/index', () => HttpResponse.error()))

describe('loadCatalogue', () => {
  it('downloads and stores the index on a first launch', async () => {
    const { values, storage } = memoryStorage()
    const loaded = await loadCatalogue({ fetchIndex, storage })
    expect(loaded).toMatchObject({ source: 'network', offline: false, stored: true })
    expect(loaded.index.services.id).toHaveLength(3050)
    expect(JSON.parse(values.get(CATALOGUE_CACHE_KEY) ?? '{}').version).toBe(loaded.index.version)
  })

  it('downloads nothing on a second launch when the catalogue has not changed', async () => {
    const { storage } = memoryStorage()
    const first = await loadCatalogue({ fetchIndex, storage })
    const second = await loadCatalogue({ fetchIndex, storage })
    expect(second).toMatchObject({ source: 'cache', offline: false, stored: true })
    expect(second.index).toEqual(first.index)
    expect(downloads[1].url).toContain(`version=${first.index.version}`)
    expect(downloads[1].bytes).toBeLessThan(100)
  })

  it('replaces the cache when the server has a newer catalogue', async () => {
    const { values, storage } = memoryStorage()
    const current = (await loadCatalogue({ fetchIndex, storage })).index
    values.set(CATALOGUE_CACHE_KEY, JSON.stringify({ ...current, version: 'v-old' }))
    const loaded = await loadCatalogue({ fetchIndex, storage })
    expect(loaded).toMatchObject({ source: 'network', stored: true })
    expect(JSON.parse(values.get(CATALOGUE_CACHE_KEY) ?? '{}').version).toBe(current.version)
  })

  it('works offline from the cache, flagged for a notice', async () => {
    const { storage } = memoryStorage()
    const online = await loadCatalogue({ fetchIndex, storage })
    goOffline()
    const offline = await loadCatalogue({ fetchIndex, storage })
    expect(offline).toMatchObject({ source: 'cache', offline: true })
    expect(offline.index.version).toBe(online.index.version)
  })

  it('uses the cache, flagged offline, when the server fails', async () => {
    const { storage } = memoryStorage()
    await loadCatalogue({ fetchIndex, storage })
    server.use(http.get('*/api/catalogue/index', () => HttpResponse.json({ code: 'DOWN', message: 'down' }, { status: 503 })))
    expect(await loadCatalogue({ fetchIndex, storage })).toMatchObject({ source: 'cache', offline: true })
  })

  it('fails with a typed error when offline with nothing cached', async () => {
    goOffline()
    const attempt = loadCatalogue({ fetchIndex, storage: memoryStorage().storage })
    await expect(attempt).rejects.toBeInstanceOf(CatalogueUnavailableError)
    await expect(attempt).rejects.toMatchObject({ reason: { kind: 'network' } })
  })

  it('treats a torn cache as none and downloads afresh', async () => {
    const { values, storage } = memoryStorage()
    values.set(CATALOGUE_CACHE_KEY, '{"version":"v-1","serv')
    expect(await loadCatalogue({ fetchIndex, storage })).toMatchObject({ source: 'network', stored: true })
    expect(downloads[0].url).not.toContain('version=')
  })

  it('asks again in full when told "unchanged" for a version it does not hold', async () => {
    const { storage } = memoryStorage()
    let calls = 0
    const confused: FetchIndex = async (version) => (calls++ === 0 ? { data: { unchanged: true, version: 'v-other' } } : fetchIndex(version))
    expect(await loadCatalogue({ fetchIndex: confused, storage })).toMatchObject({ source: 'network' })
    expect(calls).toBe(2)
  })

  it('does not store an index larger than one storage key, and says so', async () => {
    const { values, storage } = memoryStorage()
    const loaded = await loadCatalogue({ fetchIndex, storage, storageLimitBytes: 100_000 })
    expect(loaded).toMatchObject({ source: 'network', stored: false })
    expect(values.has(CATALOGUE_CACHE_KEY)).toBe(false)
    expect(storedBytes(JSON.stringify(loaded.index))).toBeGreaterThan(100_000)
  })

  it('still shows the catalogue when storage refuses to write', async () => {
    const full: CatalogueStorage = {
      get: () => undefined,
      set: () => {
        throw new Error('setStorage:fail exceed storage max size 10Mb')
      },
    }
    expect(await loadCatalogue({ fetchIndex, storage: full })).toMatchObject({ source: 'network', stored: false })
  })
})

describe('storedBytes', () => {
  it('counts the larger of UTF-8 and UTF-16', () => {
    expect(storedBytes('ab')).toBe(4)
    expect(storedBytes('社保')).toBe(6)
    expect(storedBytes('a社')).toBe(4)
  })

  it('keeps the served index inside WeChat’s 1 MB per key', async () => {
    const index = (await (await fetch('http://localhost/api/catalogue/index')).json()) as CatalogueIndex
    expect(storedBytes(JSON.stringify(index))).toBeLessThan(1024 * 1024)
  })
})
