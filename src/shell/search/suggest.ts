import type { CatalogueService } from '../catalogue/catalogue-model'
import type { SearchEngine, SearchPlace } from './engine'
import type { NormalizedQuery } from './query'

/** The government service hotline every resident can call when the catalogue does not help. */
export const HOTLINE = '12345'
const POPULAR = 6
const MIN_SUGGESTION = 2

/** What to offer when nothing matched here. */
export interface SearchSuggestions {
  /** Queries that do find services here: the longest beginning of what was typed that does, then parts of a Chinese query. */
  queries: string[]
  /** The services most used here. */
  popular: CatalogueService[]
  /** The 12345 hotline, for residents who cannot find what they need. */
  hotline: typeof HOTLINE
}

const findsSomethingHere = (engine: SearchEngine, query: NormalizedQuery, mask: Uint8Array): boolean => {
  const { titles, services } = engine.catalogue
  for (const title of engine.match(query).matches.keys()) {
    if (titles[title].services.some((p) => mask[services[p].position] === 1)) return true
  }
  return false
}

/** Shorter forms and parts of the query that find services here, the city's popular services and the hotline. */
export const suggestFor = (engine: SearchEngine, query: NormalizedQuery, place: SearchPlace): SearchSuggestions => {
  const mask = engine.offeredAt(place)
  const queries: string[] = []
  const tryText = (text: string) => {
    if (text.length >= MIN_SUGGESTION && !queries.includes(text) && findsSomethingHere(engine, { ...query, text }, mask)) queries.push(text)
  }
  for (let n = query.text.length - 1; n >= MIN_SUGGESTION && queries.length === 0; n--) tryText(query.text.slice(0, n))
  if (query.mode === 'text') {
    for (let length = Math.min(4, query.text.length - 1); length >= MIN_SUGGESTION && queries.length < 3; length--) {
      for (let start = 1; start + length <= query.text.length && queries.length < 3; start++) tryText(query.text.slice(start, start + length))
    }
  }
  return { queries, popular: engine.catalogue.hotIn(place.city).slice(0, POPULAR), hotline: HOTLINE }
}
