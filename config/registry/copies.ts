import type { ValidManifest } from '../../src/sdk/manifest/schema'
import type { ManifestProblem } from './types'

/** A manifest that passed its own checks, with the file it came from. */
export interface Listed {
  manifest: ValidManifest
  file: string
}

/**
 * Names compare as a resident reads them: full-width and half-width forms,
 * case, spaces and punctuation do not make a name different.
 */
export const sameText = (a: string, b: string): boolean => normalized(a) === normalized(b)
const normalized = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '')

const hexOf = (colour: string): string => {
  const hex = colour.toLowerCase().replace(/^#/, '')
  return hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex
}
const sameIcon = (a: ValidManifest['icon'], b: ValidManifest['icon']): boolean =>
  sameText(a.glyph, b.glyph) && hexOf(a.color) === hexOf(b.color)
const sameDepartment = (a: ValidManifest, b: ValidManifest): boolean =>
  sameText(a.department['zh-CN'], b.department['zh-CN']) || sameText(a.department.en, b.department.en)

/**
 * What one mini-app may not share with another in the catalogue: its Chinese
 * or its English name, outright; and its icon (glyph and colour) with another
 * of the same department, whose tiles residents could then not tell apart.
 * A manifest copied with `npm run miniapp -- new <id> --from <existing>` and not yet edited fails here.
 */
const copiesOf = (later: Listed, earlier: Listed): ManifestProblem[] => {
  const [a, b] = [later.manifest, earlier.manifest]
  const problems: ManifestProblem[] = []
  for (const locale of ['zh-CN', 'en'] as const) {
    if (sameText(a.name[locale], b.name[locale])) {
      problems.push({
        file: later.file,
        field: `name.${locale}`,
        reason: `${JSON.stringify(a.name[locale])} is also the name of ${earlier.file} (${JSON.stringify(b.name[locale])}); every mini-app needs a name of its own`,
      })
    }
  }
  if (sameIcon(a.icon, b.icon) && sameDepartment(a, b)) {
    problems.push({
      file: later.file,
      field: 'icon',
      reason: `${a.icon.glyph} on ${a.icon.color} is also the icon of ${earlier.file}, of the same department (${b.department['zh-CN']}); choose another glyph or colour so residents can tell the two apart`,
    })
  }
  return problems
}

/** Each manifest against every one before it (folder order), so each pair is reported once, on the later file. */
export const copyProblems = (listed: Listed[]): ManifestProblem[] =>
  listed.flatMap((later, index) => listed.slice(0, index).flatMap((earlier) => copiesOf(later, earlier)))
