import type { Category, IdentityLevel, Kind, RegionCode, Scope, Target } from './vocabulary'

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
  /** `native`: pages of its own; `form`: rendered by the shell from its served definition (`GET /api/scenarios/{id}`). */
  kind: Exclude<Kind, 'webview'>
  name: Localized
  description: Localized
  department: Localized
  category: Category
  icon: { glyph: string; color: string }
  /** Absolute route of the entry page, e.g. `/mini-apps/transport/pages/index`; for a form, the renderer's (see `formEntryRoute`). */
  entry: string
  level: IdentityLevel
  /** A native mini-app's pages; empty for a form, which has none of its own. */
  pages: { route: string; level: IdentityLevel }[]
  permissions: { scope: Scope; reason: Localized }[]
  targets: Target[]
  regions: RegionCode[]
  allowedDomains: string[]
}

/**
 * Where the shell's form renderer opens a form scenario. The renderer lives in
 * a shell subpackage and owns this route; it is here so the catalogue, the
 * renderer and its tests agree on one string.
 */
export const formEntryRoute = (scenarioId: string): string => `/forms/pages/tasks/index?scenario=${scenarioId}`
