import { gzipSync } from 'node:zlib'
import { setupServer } from 'msw/node'
import { CATALOGUE_SEED, generateCatalogue } from '../../mock/catalogue/generate'
import { buildServedIndex } from '../../mock/catalogue/served-index'
import { catalogue as nativeEntries } from '../../mock/generated/catalogue'
import { catalogueHandlers } from '../../mock/shell/catalogue'
import { loadCatalogue, type CatalogueStorage } from '../../src/shell/catalogue/catalogue-cache'
import { decodeCatalogue } from '../../src/shell/catalogue/catalogue-model'
import { createSearchEngine, search } from '../../src/shell/search'
import queryFile from './search-queries.json'

export interface CatalogueBenchFigures {
  services: number
  /** Generating the catalogue, computing pinyin and compacting it, on the server or at build time. */
  serverBuildMs: number
  /** On the device, once per catalogue version: decode the index and build the search engine. */
  buildMs: number
  /** The index as served, raw and gzip (level 6, as a static server sends it). */
  indexBytes: number
  indexGzipBytes: number
  queries: number
  keystrokes: number
  p50Ms: number
  p95Ms: number
  maxMs: number
  /** Catalogue bytes a launch downloads with an empty cache, and again with nothing changed. */
  firstLaunchBytes: number
  secondLaunchBytes: number
}

const BENCH_ORIGIN = 'http://bench.local/api'
/** Dalian: a big city with city- and district-level services. */
const PLACE = { city: '210200' }

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]

/** Every prefix of every query, as a resident types them. */
export const keystrokesOf = (queries: readonly string[]): string[] => queries.flatMap((q) => [...q].map((_, n) => [...q].slice(0, n + 1).join('')))

export const benchQueries = (): string[] =>
  Object.entries(queryFile)
    .filter(([group]) => !group.startsWith('$'))
    .flatMap(([, list]) => list as string[])

/** Launches twice through the real handlers and cache logic, counting the bytes of each catalogue answer. */
const measureLaunches = async (): Promise<{ first: number; second: number }> => {
  const server = setupServer(...catalogueHandlers)
  server.listen({ onUnhandledRequest: 'error' })
  const sizes: number[] = []
  const memory = new Map<string, string>()
  const storage: CatalogueStorage = { get: (k) => memory.get(k), set: (k, v) => void memory.set(k, v) }
  const fetchIndex = async (version: string | undefined) => {
    const response = await fetch(`${BENCH_ORIGIN}/catalogue/index${version ? `?version=${encodeURIComponent(version)}` : ''}`)
    const text = await response.text()
    sizes.push(gzipSync(text, { level: 6 }).length)
    return response.ok ? { data: JSON.parse(text) as unknown } : { error: response.status }
  }
  try {
    await loadCatalogue({ fetchIndex, storage })
    await loadCatalogue({ fetchIndex, storage })
    return { first: sizes[0], second: sizes[1] }
  } finally {
    server.close()
  }
}

/** The catalogue figures of `npm run bench`, measured in one run on this machine. */
export const runSearchBench = async (): Promise<CatalogueBenchFigures> => {
  const serverStarted = performance.now()
  const index = buildServedIndex(generateCatalogue({ seed: CATALOGUE_SEED, natives: nativeEntries }))
  const serverBuildMs = performance.now() - serverStarted
  const json = JSON.stringify(index)

  const buildStarted = performance.now()
  const engine = createSearchEngine(decodeCatalogue(JSON.parse(json)))
  const buildMs = performance.now() - buildStarted

  const queries = benchQueries()
  const keystrokes = keystrokesOf(queries)
  // One pass to let the JIT settle, as a resident's second query would find it; then the measured pass.
  keystrokes.forEach((k) => search(engine, k, PLACE))
  const times = keystrokes.map((k) => {
    const started = performance.now()
    search(engine, k, PLACE)
    return performance.now() - started
  })
  const sorted = [...times].sort((a, b) => a - b)
  const launches = await measureLaunches()
  return {
    services: index.services.id.length,
    serverBuildMs,
    buildMs,
    indexBytes: Buffer.byteLength(json),
    indexGzipBytes: gzipSync(json, { level: 6 }).length,
    queries: queries.length,
    keystrokes: keystrokes.length,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    maxMs: sorted[sorted.length - 1],
    firstLaunchBytes: launches.first,
    secondLaunchBytes: launches.second,
  }
}

const round = (n: number) => Math.round(n * 100) / 100

if (require.main === module) {
  runSearchBench().then(
    (figures) => console.log(JSON.stringify(Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, round(v)])), null, 2)),
    (e: unknown) => {
      console.error(e)
      process.exit(1)
    },
  )
}
