import type { CatalogueService } from '../catalogue'
import type { Range } from '../search'

/** One row of a service list: the service, its matched ranges and a second line. */
export interface ServiceListItem {
  service: CatalogueService
  highlight?: readonly Range[]
  note?: string
}

/** What every platform's service list takes. */
export interface ServiceListProps {
  items: readonly ServiceListItem[]
  onOpen: (service: CatalogueService) => void
  elder: boolean
}
