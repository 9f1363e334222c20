import type { Catalogue } from '../catalogue/catalogue-model'
import { isOfferedIn } from '../regions'
import { matchNames, synonymKeys, titleKeys, type NameMatches, type SynonymKey, type TitleKey } from './match'
import type { NormalizedQuery } from './query'

/** Where the resident is: the city chosen on Home and, if they chose one, the district. */
export interface SearchPlace {
  city: string
  district?: string
}

/** A service outside the city's hot list ranks after every one in it. */
export const NOT_HOT = 31

/** The search engine over one catalogue version: build once with `createSearchEngine`, then `search` on every keystroke. */
export interface SearchEngine {
  readonly catalogue: Catalogue
  readonly titles: readonly TitleKey[]
  readonly synonyms: readonly SynonymKey[]
  /** 1 for each service position offered at the place, else 0; cached for the last place asked. */
  offeredAt(place: SearchPlace): Uint8Array
  /** Each service's rank in the city's hot list (0 = most used), `NOT_HOT` when not in it. */
  hotRanks(city: string): Uint8Array
  /** The names a query matches, remembered for the last queries so each keystroke narrows the previous one's. */
  match(query: NormalizedQuery): NameMatches
}

const REMEMBERED_QUERIES = 64

export const createSearchEngine = (catalogue: Catalogue): SearchEngine => {
  const titles = titleKeys(catalogue)
  const synonyms = synonymKeys(catalogue)
  let placeKey = ''
  let mask = new Uint8Array(0)
  const hot = new Map<string, Uint8Array>()
  const remembered = new Map<string, NameMatches>()
  const keyOf = (mode: string, text: string) => `${mode}:${text}`
  return {
    catalogue,
    titles,
    synonyms,
    offeredAt: ({ city, district }) => {
      const key = `${city}/${district ?? ''}`
      if (key !== placeKey) {
        mask = Uint8Array.from(catalogue.services, (s) => (isOfferedIn(s.regions, city, district) ? 1 : 0))
        placeKey = key
      }
      return mask
    },
    hotRanks: (city) => {
      let ranks = hot.get(city)
      if (!ranks) {
        ranks = new Uint8Array(catalogue.services.length).fill(NOT_HOT)
        catalogue.hotIn(city).forEach((s, rank) => ranks && (ranks[s.position] = Math.min(rank, NOT_HOT - 1)))
        hot.set(city, ranks)
      }
      return ranks
    },
    match: (query) => {
      const key = keyOf(query.mode, query.text)
      const known = remembered.get(key)
      if (known) return known
      let narrower: NameMatches | undefined
      for (let n = query.text.length - 1; n >= 1 && !narrower; n--) narrower = remembered.get(keyOf(query.mode, query.text.slice(0, n)))
      const found = matchNames(titles, synonyms, query, narrower?.direct)
      if (remembered.size >= REMEMBERED_QUERIES) remembered.delete(remembered.keys().next().value as string)
      remembered.set(key, found)
      return found
    },
  }
}
