import type { Localized } from '../../src/sdk/manifest/catalogue'
import type { IdentityLevel, Target } from '../../src/sdk/manifest/vocabulary'

export type ServiceKind = 'native' | 'form' | 'webview' | 'guide'

/** A node of the category tree; `parent` is a position in the list, -1 for a theme. */
export interface GeneratedCategory {
  id: string
  name: Localized
  parent: number
}

export interface GeneratedDepartment {
  id: string
  name: Localized
  /** GB/T 2260 code of the province, city or district it serves. */
  region: string
}

/** One service as the generator made it, before the served index compacts it. */
export interface GeneratedService {
  id: string
  name: Localized
  kind: ServiceKind
  /** Position of its leaf category. */
  category: number
  /** Position of its department. */
  department: number
  /** Where it is offered: 210000, city codes, or district codes. */
  regions: string[]
  /** Uses a month in each city where it is offered, by city code. */
  popularity: Record<string, number>
  native?: { entry: string; level: IdentityLevel; targets: Target[] }
  form?: { scenarioId: string; status: 'coming' | 'available' }
  webview?: { url: string; title: Localized }
}

export interface GeneratedCatalogue {
  seed: string
  categories: GeneratedCategory[]
  departments: GeneratedDepartment[]
  services: GeneratedService[]
}
