import { catalogue } from '../../generated/catalogue'
import type { CatalogueEntry } from '../../sdk/manifest/catalogue'
import { CATEGORIES, type Category, type Target } from '../../sdk/manifest/vocabulary'

/** The build target this bundle runs on; Jest runs as H5. */
export const currentTarget = (): Target => (process.env.TARO_ENV as Target | undefined) ?? 'h5'

/** Mini-apps offered on this target, in catalogue order. */
export const availableMiniApps = (
  entries: readonly CatalogueEntry[] = catalogue,
  target: Target = currentTarget(),
): CatalogueEntry[] => entries.filter((entry) => entry.targets.includes(target))

export const findMiniApp = (id: string, entries: readonly CatalogueEntry[] = catalogue): CatalogueEntry | undefined =>
  entries.find((entry) => entry.id === id)

/** Groups mini-apps by category, in the order of the category vocabulary, skipping empty ones. */
export const groupByCategory = (entries: readonly CatalogueEntry[]): { category: Category; entries: CatalogueEntry[] }[] =>
  CATEGORIES.map((category) => ({ category, entries: entries.filter((e) => e.category === category) })).filter(
    (group) => group.entries.length > 0,
  )
