import type { Catalogue } from '../catalogue/catalogue-model'
import { initialsOf, matchSyllables, type Range } from './pinyin-match'
import type { NormalizedQuery } from './query'

/** How well a name matched: the whole name, its beginning, or somewhere inside; or only its department's name. */
export type MatchTier = 'exact' | 'prefix' | 'contains' | 'department'
/** What the query matched: the Chinese name, its full or partial pinyin, its initials, a synonym, the English name, or the department. */
export type MatchedBy = 'name' | 'pinyin' | 'initials' | 'synonym' | 'english' | 'department'

export const TIER_ORDER: Record<MatchTier, number> = { exact: 0, prefix: 1, contains: 2, department: 3 }

export interface NameMatch {
  tier: MatchTier
  by: MatchedBy
  /** Characters of the zh-CN name to highlight; absent for English matches. */
  range?: Range
}

/** What the engine precomputes per distinct name, once per catalogue version. */
export interface TitleKey {
  zh: string
  en: string
  syllables: readonly string[]
  initials: string
}

export interface SynonymKey {
  terms: readonly string[]
  /** Each term's pinyin run together, and its initials, for latin queries. */
  full: readonly string[]
  initials: readonly string[]
}

export const titleKeys = (catalogue: Catalogue): TitleKey[] =>
  catalogue.titles.map(({ name, syllables }) => ({ zh: name['zh-CN'].toLowerCase(), en: name.en.toLowerCase(), syllables, initials: initialsOf(syllables) }))

export const synonymKeys = (catalogue: Catalogue): SynonymKey[] =>
  catalogue.synonyms.map(({ terms, syllables }) => ({
    terms,
    full: syllables.map((s) => s.join('')),
    initials: syllables.map((s) => s.map((syllable) => syllable.charAt(0)).join('')),
  }))

const tierOf = (start: number, end: number, length: number): MatchTier => (start > 0 ? 'contains' : end >= length ? 'exact' : 'prefix')

/** Keeps the better of two matches of one name: the lower tier, or the first found on a tie. */
const keep = (matches: Map<number, NameMatch>, title: number, match: NameMatch) => {
  const known = matches.get(title)
  if (!known || TIER_ORDER[match.tier] < TIER_ORDER[known.tier]) matches.set(title, match)
}

const matchText = (titles: readonly TitleKey[], text: string, by: MatchedBy, matches: Map<number, NameMatch>, candidates?: readonly number[]) => {
  const count = candidates ? candidates.length : titles.length
  for (let i = 0; i < count; i++) {
    const t = candidates ? candidates[i] : i
    const at = titles[t].zh.indexOf(text)
    if (at >= 0) keep(matches, t, { tier: tierOf(at, at + text.length, titles[t].zh.length), by, range: [at, at + text.length] })
  }
}

const matchPinyin = (titles: readonly TitleKey[], text: string, matches: Map<number, NameMatch>, candidates?: readonly number[]) => {
  const count = candidates ? candidates.length : titles.length
  const first = text.charAt(0)
  for (let i = 0; i < count; i++) {
    const t = candidates ? candidates[i] : i
    const { syllables, initials } = titles[t]
    if (initials.indexOf(first) < 0) continue
    const range = matchSyllables(syllables, text)
    if (range) keep(matches, t, { tier: tierOf(range[0], range[1], syllables.length), by: range[1] - range[0] === text.length ? 'initials' : 'pinyin', range })
  }
}

/** Other ways to say a Chinese query: each synonym group term it holds, swapped for the group's other terms. */
export const textSynonyms = (synonyms: readonly SynonymKey[], text: string): string[] =>
  synonyms.flatMap(({ terms }) => terms.flatMap((term) => (text.includes(term) ? terms.filter((other) => other !== term).map((other) => text.replace(term, other)) : [])))

/** Chinese terms a latin query spells in full, as pinyin (yibao) or initials (yb). */
const pinyinSynonyms = (synonyms: readonly SynonymKey[], text: string): string[] =>
  synonyms.flatMap(({ terms, full, initials }) => (terms.some((_, i) => full[i] === text || (text.length >= 2 && initials[i] === text)) ? [...terms] : []))

const isWordStart = (text: string, at: number) => at === 0 || !/[a-z0-9]/.test(text.charAt(at - 1))

/** What a query matched; `direct` lists the names its own text matched, before synonyms and English. */
export interface NameMatches {
  matches: Map<number, NameMatch>
  direct: number[]
}

/**
 * Every name the query matches, each with its best match. `candidates`
 * narrows the direct matching to the names a shorter query (a prefix of
 * this one, same mode) matched directly: a name that matches `abc` matches
 * `ab`, for text and for pinyin alike, so typing narrows instead of rescanning.
 */
export const matchNames = (titles: readonly TitleKey[], synonyms: readonly SynonymKey[], query: NormalizedQuery, candidates?: readonly number[]): NameMatches => {
  const matches = new Map<number, NameMatch>()
  const { text, mode } = query
  if (mode === 'text') matchText(titles, text, 'name', matches, candidates)
  else matchPinyin(titles, text, matches, candidates)
  const direct = [...matches.keys()]
  if (mode === 'text') {
    for (const other of textSynonyms(synonyms, text)) matchText(titles, other, 'synonym', matches)
    return { matches, direct }
  }
  for (const term of pinyinSynonyms(synonyms, text)) matchText(titles, term, 'synonym', matches)
  if (text.length >= 3) {
    for (let t = 0; t < titles.length; t++) {
      const at = titles[t].en.indexOf(text)
      if (at >= 0 && isWordStart(titles[t].en, at)) keep(matches, t, { tier: tierOf(at, at + text.length, titles[t].en.length), by: 'english' })
    }
  }
  return { matches, direct }
}
