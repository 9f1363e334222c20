import type { Category, IdentityLevel, RegionCode, Scope, Target } from './vocabulary'

export interface Localized {
  'zh-CN': string
  en: string
}

/**
 * What the host knows of a mini-app at run time, generated from its manifest
 * so the host never imports the mini-app's code to list or open it.
 */
export interface CatalogueEntry {
  id: string
  version: string
  name: Localized
  description: Localized
  department: Localized
  category: Category
  icon: { glyph: string; color: string }
  /** Absolute route of the entry page, e.g. `/mini-apps/transport/pages/index`. */
  entry: string
  level: IdentityLevel
  pages: { route: string; level: IdentityLevel }[]
  permissions: { scope: Scope; reason: Localized }[]
  targets: Target[]
  regions: RegionCode[]
  allowedDomains: string[]
}
