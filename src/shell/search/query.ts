/** A query as the engine reads it. */
export interface NormalizedQuery {
  /** Lower case, full-width letters and digits made half-width; spaces and apostrophes dropped from pinyin. */
  text: string
  /** `pinyin`: latin letters and digits only, matched against syllables; `text`: anything else, matched as written. */
  mode: 'pinyin' | 'text'
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/
const FULL_WIDTH = /[\uff01-\uff5e]/g

/** Normalizes what the resident typed; an empty `text` means there is nothing to search for. */
export const normalizeQuery = (raw: string): NormalizedQuery => {
  const halfWidth = raw.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ')
  const lower = halfWidth.toLowerCase().trim()
  if (HAN.test(lower)) return { text: lower.replace(/\s+/g, ''), mode: 'text' }
  const latin = lower.replace(/ü/g, 'v').replace(/[\s'’-]+/g, '')
  return /^[a-z0-9]+$/.test(latin) && /[a-z]/.test(latin) ? { text: latin, mode: 'pinyin' } : { text: latin, mode: 'text' }
}
