import { usageError } from './errors'

const KEBAB_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/

/** Every name a new mini-app carries, all made from its id. */
export interface MiniAppNames {
  /** kebab-case: the folder, the subpackage root, the API prefix, the class prefix. */
  id: string
  /** PascalCase: page components and the seed function (`seedHousingFund`). */
  Pascal: string
  /** camelCase: the API object (`housingFundApi`). */
  camel: string
  /** Two characters from the id: the placeholder glyph, so the registry takes the icon as its own. */
  mark: string
  /** A colour from the id, dark enough for white text. */
  color: string
  /** Placeholder names within the manifest's limits (12 characters in Chinese, 40 in English). */
  zhName: string
  enName: string
}

/** FNV-1a over the id: the same id always gets the same mark and colour. */
const hashOf = (id: string): number => {
  let hash = 0x811c9dc5
  for (const c of id) hash = Math.imul(hash ^ c.charCodeAt(0), 0x01000193) >>> 0
  return hash
}

/** Refuses what cannot be a mini-app id, in the words of the rule (docs/adding-a-mini-app.md). */
export const checkId = (id: string): string => {
  if (!KEBAB_ID.test(id) || id.length < 2 || id.length > 32) {
    throw usageError(`"${id}" is not a mini-app id`, 'An id is kebab-case, 2–32 characters, starting with a letter: e.g. housing-fund')
  }
  return id
}

export const namesOf = (id: string): MiniAppNames => {
  checkId(id)
  const words = id.split('-')
  const Pascal = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('')
  const hash = hashOf(id)
  const mark = (hash % 1296).toString(36).toUpperCase().padStart(2, '0')
  // HSL with a fixed dark lightness: every hue keeps white text readable.
  const color = hslToHex((hash >>> 11) % 360, 0.65, 0.35)
  return { id, Pascal, camel: Pascal[0].toLowerCase() + Pascal.slice(1), mark, color, zhName: `新服务·${mark}`, enName: `Service ${id}` }
}

const hslToHex = (h: number, s: number, l: number): string => {
  const a = s * Math.min(l, 1 - l)
  const channel = (n: number) => {
    const k = (n + h / 30) % 12
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))))
  }
  return `#${[0, 8, 4].map((n) => channel(n).toString(16).padStart(2, '0')).join('')}`
}
