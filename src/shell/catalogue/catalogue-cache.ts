import { isUnchangedAnswer, type CatalogueIndex, type CatalogueIndexAnswer } from './index-types'

/** The storage key of the cached index. */
export const CATALOGUE_CACHE_KEY = 'shell:catalogue-index'

/** WeChat allows 1 MB per storage key (0.7 MB when encrypted, which this cache does not use). */
export const STORAGE_KEY_LIMIT_BYTES = 1024 * 1024

/** Key-value storage holding strings: the shell's platform storage on every target, a Map in tests. */
export interface CatalogueStorage {
  get(key: string): string | undefined | Promise<string | undefined>
  set(key: string, value: string): void | Promise<void>
}

/**
 * Asks the server for the index, sending the version the cache holds
 * (undefined when none). Shaped like an RTK Query base query's result, so a
 * `queryFn` can pass `(version) => baseQuery({ url: '/catalogue/index', params: { version } })`.
 */
export type FetchIndex = (knownVersion: string | undefined) => Promise<{ data: unknown } | { error: unknown }>

export interface LoadedCatalogue {
  index: CatalogueIndex
  /** `network`: downloaded now; `cache`: the stored copy (unchanged on the server, or the server unreachable). */
  source: 'network' | 'cache'
  /** The server could not be reached: the stored copy may be old, so show a notice. */
  offline: boolean
  /**
   * Whether the index is in storage now. False when it is larger than one
   * storage key allows or storage refused it: the next launch downloads it
   * again, and an offline launch then has nothing to show.
   */
  stored: boolean
}

/** No cached copy and no answer from the server: the resident sees an error with a retry. */
export class CatalogueUnavailableError extends Error {
  constructor(readonly reason: unknown) {
    super('The catalogue could not be loaded and there is no copy on this device')
    this.name = 'CatalogueUnavailableError'
  }
}

/** Bytes a string takes in storage, counted high: UTF-8 (3 per Chinese character) or UTF-16, whichever is more. */
export const storedBytes = (value: string): number => {
  let utf8 = 0
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code < 0x80) utf8 += 1
    else if (code < 0x800) utf8 += 2
    else if (code >= 0xd800 && code <= 0xdbff) {
      utf8 += 4
      i += 1
    } else utf8 += 3
  }
  return Math.max(utf8, value.length * 2)
}

const isIndex = (value: unknown): value is CatalogueIndex =>
  typeof value === 'object' && value !== null && typeof (value as CatalogueIndex).version === 'string' && typeof (value as CatalogueIndex).services === 'object'

const readCache = async (storage: CatalogueStorage): Promise<CatalogueIndex | undefined> => {
  try {
    const text = await storage.get(CATALOGUE_CACHE_KEY)
    const parsed: unknown = text ? JSON.parse(text) : undefined
    return isIndex(parsed) ? parsed : undefined
  } catch {
    // A torn or foreign value is no cache: download afresh.
    return undefined
  }
}

const writeCache = async (storage: CatalogueStorage, index: CatalogueIndex, limit: number): Promise<boolean> => {
  const text = JSON.stringify(index)
  if (storedBytes(text) > limit) return false
  try {
    await storage.set(CATALOGUE_CACHE_KEY, text)
    return true
  } catch {
    // Storage full (10 MB per mini-program): the catalogue still works this launch.
    return false
  }
}

const ask = async (fetchIndex: FetchIndex, version: string | undefined): Promise<{ answer?: CatalogueIndexAnswer; error?: unknown }> => {
  try {
    const result = await fetchIndex(version)
    if ('error' in result) return { error: result.error }
    const answer = result.data
    const usable = typeof answer === 'object' && answer !== null && (isIndex(answer) || isUnchangedAnswer(answer as CatalogueIndexAnswer))
    return usable ? { answer: answer as CatalogueIndexAnswer } : { error: new Error('The server answered without a catalogue') }
  } catch (e: unknown) {
    return { error: e }
  }
}

/**
 * The catalogue for this launch: ask the server with the cached version;
 * unchanged → the cache, downloading nothing; a new index → use and store it;
 * no answer → the cache flagged `offline`; no answer and no cache → throws
 * `CatalogueUnavailableError`.
 */
export const loadCatalogue = async ({
  fetchIndex,
  storage,
  storageLimitBytes = STORAGE_KEY_LIMIT_BYTES,
}: {
  fetchIndex: FetchIndex
  storage: CatalogueStorage
  storageLimitBytes?: number
}): Promise<LoadedCatalogue> => {
  const cached = await readCache(storage)
  let { answer, error } = await ask(fetchIndex, cached?.version)
  // "Unchanged" for a version we do not hold cannot be used: ask for the whole index.
  if (answer && isUnchangedAnswer(answer) && answer.version !== cached?.version) ({ answer, error } = await ask(fetchIndex, undefined))
  if (!answer || isUnchangedAnswer(answer)) {
    if (!cached) throw new CatalogueUnavailableError(error)
    return { index: cached, source: 'cache', offline: !answer, stored: true }
  }
  return { index: answer, source: 'network', offline: false, stored: await writeCache(storage, answer, storageLimitBytes) }
}
