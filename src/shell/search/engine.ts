import type { Localized } from '../../sdk/manifest/catalogue'
import type { Catalogue, CatalogueService } from '../catalogue/catalogue-model'
import { isOfferedIn } from '../regions'
import { matchNames, synonymKeys, TIER_ORDER, titleKeys, type MatchedBy, type MatchTier, type NameMatch, type SynonymKey, type TitleKey } from './match'
import type { Range } from './pinyin-match'
import { normalizeQuery } from './query'
import { suggestFor, type SearchSuggestions } from './suggest'

/** Where the resident is: the city chosen on Home and, if they chose one, the district. */
export interface SearchPlace {
  city: string
  district?: string
}

export interface SearchOptions extends SearchPlace {
  /** At most this many hits in each of `offered` and `elsewhere`; all by default. */
  limit?: number
}

/** One name that matched, with the services it stands for. */
export interface SearchHit {
  name: Localized
  /** Offered: the one service of this name here. Elsewhere: every other city's service of this name. */
  services: CatalogueService[]
  tier: MatchTier
  matchedBy: MatchedBy
  /** `[start, end)` ranges over `name['zh-CN']` to highlight, also for pinyin, initials and synonym matches. */
  highlight: Range[]
  /** For a department match: the department, and the ranges over its zh-CN name to highlight. */
  department?: { position: number; highlight: Range[] }
}

export interface SearchResult {
  query: string
  /** Services offered where the resident is, best first: exact name, prefix, the rest, then department matches; the city's popular ones first within each. */
  offered: SearchHit[]
  /** Matching services offered only in other places, apart, one hit per name. */
  elsewhere: SearchHit[]
  /** When nothing is offered here: what to try instead, popular services, and the 12345 hotline. */
  suggestions?: SearchSuggestions
}

/** The search engine over one catalogue version: build once (`createSearchEngine`), query on every keystroke. */
export interface SearchEngine {
  readonly catalogue: Catalogue
  readonly titles: readonly TitleKey[]
  readonly synonyms: readonly SynonymKey[]
  /** Which services are offered at a place, as a 0/1 per service position; cached for the last place asked. */
  offeredAt(place: SearchPlace): Uint8Array
  /** A service's rank in the city's hot list (0 = most used), or Infinity. */
  hotRank(city: string, position: number): number
}

export const createSearchEngine = (catalogue: Catalogue): SearchEngine => {
  let placeKey = ''
  let mask = new Uint8Array(0)
  const hot = new Map<string, Map<number, number>>()
  return {
    catalogue,
    titles: titleKeys(catalogue),
    synonyms: synonymKeys(catalogue),
    offeredAt: ({ city, district }) => {
      const key = `${city}/${district ?? ''}`
      if (key !== placeKey) {
        mask = Uint8Array.from(catalogue.services, (s) => (isOfferedIn(s.regions, city, district) ? 1 : 0))
        placeKey = key
      }
      return mask
    },
    hotRank: (city, position) => {
      let ranks = hot.get(city)
      if (!ranks) hot.set(city, (ranks = new Map(catalogue.hotIn(city).map((s, rank) => [s.position, rank]))))
      return ranks.get(position) ?? Infinity
    },
  }
}

const hitOf = (name: Localized, services: CatalogueService[], match: NameMatch, department?: SearchHit['department']): SearchHit => ({
  name,
  services,
  tier: match.tier,
  matchedBy: match.by,
  highlight: match.range ? [match.range] : [],
  ...(department ? { department } : {}),
})

/** Services whose department's name holds the query, by name and department, leaving names that matched already. */
const departmentHits = (engine: SearchEngine, text: string, named: ReadonlyMap<number, NameMatch>) => {
  const hits: { title: number; services: CatalogueService[]; department: NonNullable<SearchHit['department']> }[] = []
  if (text.length < 2) return hits
  for (const department of engine.catalogue.departments) {
    const at = department.name['zh-CN'].toLowerCase().indexOf(text)
    if (at < 0) continue
    const byTitle = new Map<number, CatalogueService[]>()
    for (const position of department.services) {
      const service = engine.catalogue.services[position]
      if (!named.has(service.title)) byTitle.set(service.title, [...(byTitle.get(service.title) ?? []), service])
    }
    byTitle.forEach((services, title) => hits.push({ title, services, department: { position: department.position, highlight: [[at, at + text.length]] } }))
  }
  return hits
}

const DEPARTMENT_MATCH: NameMatch = { tier: 'department', by: 'department' }
/** Within a tier, what the resident typed beats a synonym of it, and both beat an English name. */
const BY_ORDER: Record<MatchedBy, number> = { name: 0, pinyin: 0, initials: 0, synonym: 1, english: 2, department: 0 }

/** A hit with its sort keys computed once, so sorting hundreds of hits per keystroke stays cheap. */
interface Ranked {
  hit: SearchHit
  keys: [tier: number, by: number, hot: number, popularity: number, length: number, position: number]
}

const ranked = (hit: SearchHit, hot: number): Ranked => {
  let popularity = 0
  for (const s of hit.services) popularity = Math.max(popularity, s.popularity)
  return { hit, keys: [TIER_ORDER[hit.tier], BY_ORDER[hit.matchedBy], hot, -popularity, hit.name['zh-CN'].length, hit.services[0].position] }
}

const byRank = (a: Ranked, b: Ranked): number => {
  for (let k = 0; k < a.keys.length; k++) {
    const d = a.keys[k] - b.keys[k]
    // Infinity - Infinity is NaN: two services outside the hot list tie on that key.
    if (d !== 0 && !Number.isNaN(d)) return d
  }
  return 0
}

/**
 * Searches the catalogue as the resident types: Chinese, full or partial
 * pinyin, initials, synonyms, English names and department names. Pure and
 * synchronous; on this machine a keystroke takes well under 2 ms (see
 * `npm run bench`).
 */
export const search = (engine: SearchEngine, raw: string, options: SearchOptions): SearchResult => {
  const query = normalizeQuery(raw)
  if (!query.text) return { query: query.text, offered: [], elsewhere: [] }
  const offeredMask = engine.offeredAt(options)
  const named = matchNames(engine.titles, engine.synonyms, query)
  const offered: Ranked[] = []
  const elsewhere: Ranked[] = []
  const { titles, services } = engine.catalogue
  const place = (title: number, candidates: readonly CatalogueService[], match: NameMatch, department?: SearchHit['department']) => {
    const away: CatalogueService[] = []
    for (const service of candidates) {
      if (offeredMask[service.position] !== 1) away.push(service)
      else offered.push(ranked(hitOf(titles[title].name, [service], match, department), engine.hotRank(options.city, service.position)))
    }
    if (away.length > 0) elsewhere.push(ranked(hitOf(titles[title].name, away, match, department), Infinity))
  }
  named.forEach((match, title) => place(title, titles[title].services.map((p) => services[p]), match))
  if (query.mode === 'text') departmentHits(engine, query.text, named).forEach(({ title, services: found, department }) => place(title, found, DEPARTMENT_MATCH, department))
  offered.sort(byRank)
  elsewhere.sort(byRank)
  const hits = (list: Ranked[]) => list.slice(0, options.limit ?? Infinity).map((r) => r.hit)
  const result: SearchResult = { query: query.text, offered: hits(offered), elsewhere: hits(elsewhere) }
  return offered.length > 0 ? result : { ...result, suggestions: suggestFor(engine, query, options) }
}

