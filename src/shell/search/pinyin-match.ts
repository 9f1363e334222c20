/** Where a query matched a name: characters [start, end) of it. */
export type Range = readonly [start: number, end: number]

/**
 * Matches a latin query against a name's syllables (one per character), as
 * residents type pinyin: each matched syllable takes a prefix of itself
 * from the query, at least its first letter, so `shebaochaxun`, `sheb`,
 * `sbcx` and `shebcx` all find 社保查询. The match starts on a syllable and
 * may end inside one (the resident is still typing). Returns the earliest
 * match, or undefined.
 */
export const matchSyllables = (syllables: readonly string[], query: string): Range | undefined => {
  const first = query.charCodeAt(0)
  for (let start = 0; start < syllables.length; start++) {
    if (syllables[start].charCodeAt(0) !== first) continue
    const end = extend(syllables, start, query, 0)
    if (end >= 0) return [start, end]
  }
  return undefined
}

/** Consumes the query from `at` with syllables from `k`, longest prefix first; returns the end or -1. */
const extend = (syllables: readonly string[], k: number, query: string, at: number): number => {
  if (at === query.length) return k
  const syllable = syllables[k]
  if (syllable === undefined || syllable === '') return -1
  let common = 0
  while (common < syllable.length && at + common < query.length && syllable.charCodeAt(common) === query.charCodeAt(at + common)) common++
  for (let take = common; take >= 1; take--) {
    const end = extend(syllables, k + 1, query, at + take)
    if (end >= 0) return end
  }
  return -1
}

/** The first letters of the syllables, one per character ('' stays a space), for a quick first-letter check. */
export const initialsOf = (syllables: readonly string[]): string => syllables.map((s) => s.charAt(0) || ' ').join('')
