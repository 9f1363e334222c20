import type { Localized } from '../../sdk/manifest/catalogue'
import type { IdentityLevel, Target } from '../../sdk/manifest/vocabulary'
import type { CatalogueIndex, ServiceKind } from './index-types'

interface ServiceBase {
  id: string
  /** Row in the index; valid for this catalogue version only. */
  position: number
  name: Localized
  /** Row of its name in `titles`: services that differ only by region share one. */
  title: number
  /** Position of its leaf category. */
  category: number
  /** Position of its department. */
  department: number
  /** GB/T 2260 codes where it is offered: pass to `isOfferedIn`. */
  regions: readonly string[]
  /** Use across Liaoning, 0–99 on a log scale. */
  popularity: number
}

/** A service, with what the shell needs to open it according to its kind. */
export type CatalogueService = ServiceBase &
  (
    | { kind: 'native'; entry: string; level: IdentityLevel; targets: readonly Target[] }
    | { kind: 'form'; scenarioId: string; status: 'coming' | 'available' }
    | { kind: 'webview'; url: string; pageTitle: Localized }
    | { kind: 'guide' }
  )

export interface CatalogueCategory {
  id: string
  position: number
  name: Localized
  /** Position of the parent, or undefined for a top-level theme. */
  parent?: number
  children: number[]
  /** Positions of the services in it (leaves only). */
  services: number[]
}

export interface CatalogueDepartment {
  id: string
  position: number
  name: Localized
  /** GB/T 2260 code of the province, city or district it serves. */
  region: string
  services: number[]
}

/** A distinct service name with its pinyin syllables (one per character), for search. */
export interface CatalogueTitle {
  name: Localized
  syllables: readonly string[]
  services: number[]
}

/** The catalogue, decoded from the index into rows the pages and the search use. */
export interface Catalogue {
  version: string
  services: readonly CatalogueService[]
  categories: readonly CatalogueCategory[]
  /** Positions of the top-level themes, in display order. */
  themes: readonly number[]
  departments: readonly CatalogueDepartment[]
  titles: readonly CatalogueTitle[]
  synonyms: readonly { terms: readonly string[]; syllables: readonly (readonly string[])[] }[]
  byId(id: string): CatalogueService | undefined
  /** The services most used in a city, most used first (for Home's hot list). */
  hotIn(cityCode: string): CatalogueService[]
}

const splitSyllables = (pinyin: string): string[] => (pinyin === '' ? [] : pinyin.split(' '))

type KindFields = { kind: ServiceKind } & Record<string, unknown>

/** What opening each service needs, from the index's per-kind lists; a webview's title defaults to its name. */
const kindFieldsOf = (index: CatalogueIndex, names: (at: number) => Localized): Map<number, KindFields> => {
  const fields = new Map<number, KindFields>()
  for (const { at, entry, level, targets } of index.natives) fields.set(at, { kind: 'native', entry, level, targets })
  for (const { at, scenarioId, status } of index.forms) fields.set(at, { kind: 'form', scenarioId, status })
  for (const { at, url, title } of index.webviews) fields.set(at, { kind: 'webview', url, pageTitle: title ?? names(at) })
  return fields
}

/**
 * Turns the column arrays of the served index into rows. Runs once per
 * version (a few milliseconds for 3,050 services); keep the result, not the
 * index, where pages read it.
 */
export const decodeCatalogue = (index: CatalogueIndex): Catalogue => {
  const { services: s, titles: t, categories: c, departments: d } = index
  const titles: CatalogueTitle[] = t.zh.map((zh, at) => ({ name: { 'zh-CN': zh, en: t.en[at] }, syllables: splitSyllables(t.pinyin[at]), services: [] }))
  const categories: CatalogueCategory[] = c.id.map((id, at) => ({
    id,
    position: at,
    name: { 'zh-CN': c.zh[at], en: c.en[at] },
    ...(c.parent[at] >= 0 ? { parent: c.parent[at] } : {}),
    children: [],
    services: [],
  }))
  categories.forEach((category) => category.parent !== undefined && categories[category.parent].children.push(category.position))
  const departments: CatalogueDepartment[] = d.id.map((id, at) => ({ id, position: at, name: { 'zh-CN': d.zh[at], en: d.en[at] }, region: d.region[at], services: [] }))
  const fields = kindFieldsOf(index, (at) => titles[s.title[at]].name)
  const services = s.id.map(
    (id, at) =>
      ({
        id,
        position: at,
        name: titles[s.title[at]].name,
        title: s.title[at],
        category: s.category[at],
        department: s.department[at],
        regions: s.regions[at].split(' '),
        popularity: s.popularity[at],
        // The kind's own fields come from its list; a kind without one (guide) needs none.
        ...(fields.get(at) ?? { kind: index.kinds[s.kind[at]] }),
      }) as CatalogueService,
  )
  for (const service of services) {
    titles[service.title].services.push(service.position)
    categories[service.category]?.services.push(service.position)
    departments[service.department]?.services.push(service.position)
  }
  const ids = new Map(services.map((service) => [service.id, service]))
  return {
    version: index.version,
    services,
    categories,
    themes: categories.filter((category) => category.parent === undefined).map((category) => category.position),
    departments,
    titles,
    synonyms: index.synonyms.map(({ terms, pinyin }) => ({ terms, syllables: pinyin.map(splitSyllables) })),
    byId: (id) => ids.get(id),
    hotIn: (city) => (index.hot[city] ?? []).map((at) => services[at]).filter(Boolean),
  }
}
