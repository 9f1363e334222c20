import type { Localized } from '../../sdk/manifest/catalogue'
import type { CatalogueService } from '../catalogue/catalogue-model'
import { NOT_HOT, type SearchEngine, type SearchPlace } from './engine'
import { TIER_ORDER, type MatchedBy, type MatchTier, type NameMatch } from './match'
import type { Range } from './pinyin-match'
import { normalizeQuery } from './query'
import { suggestFor, type SearchSuggestions } from './suggest'

export interface SearchOptions extends SearchPlace {
  /** At most this many hits in each of `offered` and `elsewhere`; all by default. */
  limit?: number
}

/** One name that matched, with the services it stands for. */
export interface SearchHit {
  name: Localized
  /** Offered: the one service of this name here. Elsewhere: the services of this name in other places. */
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
  /** Services offered where the resident is, best first: exact name, prefix, the rest, then department matches; the city's hot ones first within each. */
  offered: SearchHit[]
  /** Matching services offered only in other places, apart, one hit per name (and department). */
  elsewhere: SearchHit[]
  /** When nothing is offered here: what to try instead, popular services, and the 12345 hotline. */
  suggestions?: SearchSuggestions
}

const DEPARTMENT_MATCH: NameMatch = { tier: 'department', by: 'department' }
/** Within a tier, what the resident typed beats a synonym of it, and both beat an English name. */
const BY_ORDER: Record<MatchedBy, number> = { name: 0, pinyin: 0, initials: 0, synonym: 1, english: 2, department: 0 }

/**
 * One number per hit that sorts like the ranking: tier, then typed-over-synonym,
 * then the city's hot list, then use, then shorter names, then position.
 */
const rankKey = (match: NameMatch, hot: number, popularity: number, name: string, position: number): number =>
  ((((TIER_ORDER[match.tier] * 3 + BY_ORDER[match.by]) * 32 + hot) * 100 + (99 - popularity)) * 64 + Math.min(name.length, 63)) * 65536 + position

class RankedHits {
  readonly hits: SearchHit[] = []
  private readonly keys: number[] = []
  add(hit: SearchHit, key: number) {
    this.hits.push(hit)
    this.keys.push(key)
  }
  sorted(limit = Infinity): SearchHit[] {
    const order = this.hits.map((_, i) => i).sort((a, b) => this.keys[a] - this.keys[b])
    return order.slice(0, limit).map((i) => this.hits[i])
  }
}

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
      if (named.has(service.title)) continue
      const list = byTitle.get(service.title)
      if (list) list.push(service)
      else byTitle.set(service.title, [service])
    }
    byTitle.forEach((services, title) => hits.push({ title, services, department: { position: department.position, highlight: [[at, at + text.length]] } }))
  }
  return hits
}

/**
 * Searches the catalogue as the resident types: Chinese, full or partial
 * pinyin, initials, synonyms, English names and department names. Pure and
 * synchronous; a keystroke takes a fraction of a millisecond on this
 * machine (`npm run bench` reports p50 and p95).
 */
export const search = (engine: SearchEngine, raw: string, options: SearchOptions): SearchResult => {
  const query = normalizeQuery(raw)
  if (!query.text) return { query: query.text, offered: [], elsewhere: [] }
  const offeredMask = engine.offeredAt(options)
  const hot = engine.hotRanks(options.city)
  const { matches } = engine.match(query)
  const offered = new RankedHits()
  const elsewhere = new RankedHits()
  const { titles, services } = engine.catalogue
  const place = (title: number, candidates: readonly number[], match: NameMatch, department?: SearchHit['department']) => {
    const name = titles[title].name
    const highlight: Range[] = match.range ? [match.range] : []
    let away: CatalogueService[] | undefined
    let awayPopularity = 0
    for (const position of candidates) {
      const service = services[position]
      if (offeredMask[position] === 1) {
        const hit: SearchHit = { name, services: [service], tier: match.tier, matchedBy: match.by, highlight, department }
        offered.add(hit, rankKey(match, hot[position], service.popularity, name['zh-CN'], position))
      } else {
        away = away ?? []
        away.push(service)
        awayPopularity = Math.max(awayPopularity, service.popularity)
      }
    }
    if (away) elsewhere.add({ name, services: away, tier: match.tier, matchedBy: match.by, highlight, department }, rankKey(match, NOT_HOT, awayPopularity, name['zh-CN'], away[0].position))
  }
  matches.forEach((match, title) => place(title, titles[title].services, match))
  if (query.mode === 'text') {
    for (const { title, services: found, department } of departmentHits(engine, query.text, matches)) place(title, found.map((s) => s.position), DEPARTMENT_MATCH, department)
  }
  const result: SearchResult = { query: query.text, offered: offered.sorted(options.limit), elsewhere: elsewhere.sorted(options.limit) }
  return result.offered.length > 0 ? result : { ...result, suggestions: suggestFor(engine, query, options) }
}
