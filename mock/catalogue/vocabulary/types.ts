import type { Category } from '../../../src/sdk/manifest/vocabulary'
import type { BureauKey } from './bureaus'

/** Who runs a subject's matters: the province once, each city, or one district per city. */
export type Level = 'province' | 'city' | 'district'

/**
 * A subject (second level of the tree) and its matters (leaves). `matters`
 * is `|`-separated: an action suffix from `ACTIONS` (住房公积金 + 提取, split
 * further by the action's qualifiers), or `=中文名/English name` for a
 * matter named in full. `weight` (1–5) is how much residents use it.
 */
export type SubjectRow = readonly [key: string, zh: string, en: string, bureau: BureauKey, level: Level, weight: number, matters: string]

/** A top-level theme of the Services tab. */
export interface Theme {
  key: string
  zh: string
  en: string
  /** The manifest category whose native mini-apps live in this theme. */
  category?: Category
  /** Materials a guide of this theme typically asks for, from `MATERIALS`. */
  materials: readonly string[]
  subjects: readonly SubjectRow[]
}
