import type { CatalogueIndex, ServiceGuide } from '../../src/shell/catalogue/index-types'
import { generateGuide } from './guides'

interface Served {
  seed: string
  index: CatalogueIndex
  positions: Map<string, number>
}

/**
 * The generated index is a large module: it is loaded on the first catalogue
 * request, not with the mock backend, so the H5 mock build starts as fast as before.
 */
let served: Promise<Served> | undefined
export const servedCatalogue = (): Promise<Served> =>
  (served ??= import('../generated/catalogue-index').then(({ catalogueSeed, catalogueIndexJson }) => {
    const index = JSON.parse(catalogueIndexJson) as CatalogueIndex
    return { seed: catalogueSeed, index, positions: new Map(index.services.id.map((id, at) => [id, at])) }
  }))

/** The guide of a `guide` service, or undefined when there is no such service or it is of another kind. */
export const guideFor = async (id: string): Promise<ServiceGuide | undefined> => {
  const { seed, index, positions } = await servedCatalogue()
  const at = positions.get(id)
  if (at === undefined || index.kinds[index.services.kind[at]] !== 'guide') return undefined
  const title = index.services.title[at]
  const department = index.services.department[at]
  return generateGuide(seed, {
    id,
    name: { 'zh-CN': index.titles.zh[title], en: index.titles.en[title] },
    department: { 'zh-CN': index.departments.zh[department], en: index.departments.en[department] },
    office: index.departments.region[department],
    categoryId: index.categories.id[index.services.category[at]],
  })
}
