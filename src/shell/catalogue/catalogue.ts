import { builtMiniApps } from '../../generated/built-mini-apps'
import type { CatalogueEntry } from '../../sdk/manifest/catalogue'
import { CATEGORIES, type Category, type Target } from '../../sdk/manifest/vocabulary'

/** The build target this bundle runs on; Jest runs as H5. */
export const currentTarget = (): Target => (process.env.TARO_ENV as Target | undefined) ?? 'h5'

/** Ids of the mini-apps compiled into this bundle for this target: only these can be opened. */
export const builtMiniAppIds = (target: Target = currentTarget()): Set<string> =>
  new Set(Object.keys(builtMiniApps).filter((id) => builtMiniApps[id].includes(target)))

/**
 * The served catalogue may list scenarios this build does not carry (a newer
 * catalogue, another target); offering those would lead to a missing page.
 * Form scenarios carry no code, so they are never in `built`: they are left
 * out until the shell's form renderer (its own subpackage) offers them.
 */
export const availableMiniApps = (
  entries: readonly CatalogueEntry[],
  target: Target = currentTarget(),
  built: Set<string> = builtMiniAppIds(target),
): CatalogueEntry[] => entries.filter((entry) => entry.targets.includes(target) && built.has(entry.id))

/** Groups mini-apps by category, in the order of the category vocabulary, skipping empty ones. */
export const groupByCategory = (entries: readonly CatalogueEntry[]): { category: Category; entries: CatalogueEntry[] }[] =>
  CATEGORIES.map((category) => ({ category, entries: entries.filter((e) => e.category === category) })).filter(
    (group) => group.entries.length > 0,
  )
