import { catalogueIndexJson } from '../mock/generated/catalogue-index'
import { decodeCatalogue, type Catalogue, type CatalogueService } from '../src/shell/catalogue'
import { isOfferedIn } from '../src/shell/regions'

let decoded: Catalogue | undefined

/** The catalogue the mock backend serves, decoded, for tests to pick services from by their traits. */
export const servedCatalogue = (): Catalogue => (decoded ??= decodeCatalogue(JSON.parse(catalogueIndexJson)))

/** The first served service that fits, or a failure naming what was looked for. */
export const aService = (what: string, fits: (s: CatalogueService) => boolean): CatalogueService => {
  const found = servedCatalogue().services.find(fits)
  if (!found) throw new Error(`the served catalogue has no ${what}`)
  return found
}

export const offeredIn = (city: string) => (s: CatalogueService) => isOfferedIn(s.regions, city)
