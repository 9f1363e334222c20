import type { MiniAppScope } from '../../shell/mini-app/scope'
import type { NativeManifest } from './schema'

export const MINI_APP_ROUTE_PREFIX = 'mini-apps'

/** The scope a page of a mini-app runs in, from its manifest: what the shell enforces for it. */
export const miniAppScopeOf = (m: NativeManifest, pagePath: string): MiniAppScope => ({
  id: m.id,
  name: m.name,
  level: m.pages.find((p) => p.path === pagePath)?.level ?? m.level,
  route: `/${MINI_APP_ROUTE_PREFIX}/${m.id}/${pagePath}`,
  permissions: m.permissions,
  allowedDomains: m.allowedDomains,
})
