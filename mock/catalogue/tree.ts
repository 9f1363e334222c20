import type { Localized } from '../../src/sdk/manifest/catalogue'
import type { Random } from './random'
import type { GeneratedCategory } from './types'
import { ACTIONS, englishOf, THEMES, type Level, type SubjectRow, type Theme } from './vocabulary'

/** A leaf of the tree: one matter (事项), which departments implement region by region as services. */
export interface Matter {
  /** Position of its leaf in the category list. */
  category: number
  name: Localized
  theme: Theme
  subject: SubjectRow
  level: Level
  weight: number
}

interface Draft {
  id: string
  name: Localized
}

/** A subject's matters as its row spells them: action suffixes (with qualifiers when marked `+`) or full names. */
export const mattersOf = ([key, zh, en, , , , spec]: SubjectRow): Draft[] =>
  spec.split('|').flatMap((entry, n): Draft[] => {
    const id = `${key}.${n + 1}`
    if (entry.startsWith('=')) {
      const [name, english] = entry.slice(1).split('/')
      if (!english) throw new Error(`Matter "${entry}" of subject ${key} needs "=中文/English"`)
      return [{ id, name: { 'zh-CN': name, en: english } }]
    }
    const withQualifiers = entry.endsWith('+')
    const suffix = withQualifiers ? entry.slice(0, -1) : entry
    const action = ACTIONS[suffix]
    if (!action) throw new Error(`Subject ${key} uses the unknown action "${suffix}"`)
    const base = { id, name: { 'zh-CN': zh + suffix, en: englishOf(action.en, en) } }
    const qualified = withQualifiers
      ? (action.qualifiers ?? []).map(([qZh, qEn], q) => ({ id: `${id}.${q + 1}`, name: { 'zh-CN': zh + qZh + suffix, en: `${base.name.en} (${qEn})` } }))
      : []
    return [base, ...qualified]
  })

/**
 * Drops `excess` matters, never a subject's first (natives land there) nor
 * a one-stop scenario, and leaves every subject at least three.
 */
const trim = (random: Random, bySubject: Draft[][], excess: number): Set<string> => {
  const left = bySubject.map((drafts) => drafts.length)
  const candidates = random.shuffle(bySubject.flatMap((drafts, s) => drafts.slice(1).map((draft) => ({ s, draft }))))
  const dropped = new Set<string>()
  for (const { s, draft } of candidates) {
    if (dropped.size === excess) break
    if (left[s] > 3) {
      dropped.add(draft.id)
      left[s] -= 1
    }
  }
  if (dropped.size < excess) throw new Error(`Cannot trim ${excess} matters to reach the category total`)
  return dropped
}

/**
 * The category tree: themes, their subjects, and the subjects' matters as
 * leaves, depth first, trimmed to exactly `total` nodes. Matters named like
 * one of `reservedNames` (the native mini-apps) are left out, so no city
 * lists two services of one name.
 */
export const buildTree = (random: Random, total: number, reservedNames: ReadonlySet<string>): { categories: GeneratedCategory[]; matters: Matter[] } => {
  const subjects = THEMES.flatMap((theme) => theme.subjects.map((subject) => ({ theme, subject })))
  const bySubject = subjects.map(({ subject }) => mattersOf(subject).filter((d) => !reservedNames.has(d.name['zh-CN'])))
  const names = new Set<string>()
  for (const draft of bySubject.flat()) {
    if (names.has(draft.name['zh-CN'])) throw new Error(`Two matters are named ${draft.name['zh-CN']}`)
    names.add(draft.name['zh-CN'])
  }
  const matterCount = bySubject.reduce((sum, drafts) => sum + drafts.length, 0)
  const excess = THEMES.length + subjects.length + matterCount - total
  if (excess < 0) throw new Error(`The vocabulary has ${-excess} categories too few for ${total}`)
  const oneStop = new Set(subjects.flatMap(({ theme }, s) => (theme.key === 'one-stop' ? [s] : [])))
  const dropped = trim(random, bySubject.map((drafts, s) => (oneStop.has(s) ? [] : drafts)), excess)

  const categories: GeneratedCategory[] = []
  const matters: Matter[] = []
  let s = 0
  for (const theme of THEMES) {
    const themeAt = categories.push({ id: theme.key, name: { 'zh-CN': theme.zh, en: theme.en }, parent: -1 }) - 1
    for (const subject of theme.subjects) {
      const [key, zh, en, , level, weight] = subject
      const subjectAt = categories.push({ id: `${theme.key}.${key}`, name: { 'zh-CN': zh, en: englishOf('{o}', en) }, parent: themeAt }) - 1
      for (const draft of bySubject[s].filter((d) => !dropped.has(d.id))) {
        const at = categories.push({ id: `${theme.key}.${draft.id}`, name: draft.name, parent: subjectAt }) - 1
        matters.push({ category: at, name: draft.name, theme, subject, level, weight })
      }
      s += 1
    }
  }
  return { categories, matters }
}
