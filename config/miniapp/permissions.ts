import { IDENTITY_LEVELS, type IdentityLevel } from '../../src/sdk/manifest/vocabulary'

/** The part of a manifest the permission review reads. */
export interface PermissionFacts {
  version: string
  level: IdentityLevel
  permissions: { scope: string; reason: { 'zh-CN': string; en: string } }[]
  pages?: { path: string; level?: IdentityLevel }[]
  allowedDomains?: string[]
}

export interface PermissionChange {
  /** What changed; `review` ones need a reviewer's sign-off before release. */
  kind: 'new-scope' | 'raised-level' | 'raised-page-level' | 'new-domain' | 'removed-scope' | 'lowered-level' | 'first-release'
  review: boolean
  detail: string
}

const rank = (level: IdentityLevel): number => IDENTITY_LEVELS.indexOf(level)

/**
 * What a mini-app asks of residents now that its last release did not: new
 * scopes, a raised identity level (the mini-app's or a page's) and new outside
 * hosts are for review. Dropped scopes and lowered levels are reported, not flagged.
 * `released` undefined means it was never released: everything it asks is new.
 */
export const permissionDiff = (released: PermissionFacts | undefined, current: PermissionFacts): PermissionChange[] => {
  const changes: PermissionChange[] = []
  if (!released)
    changes.push({
      kind: 'first-release',
      review: true,
      detail: `first release: level ${current.level}, ${current.permissions.length} scope(s)`,
    })
  const before = new Set(released?.permissions.map((p) => p.scope) ?? [])
  const now = new Set(current.permissions.map((p) => p.scope))
  for (const p of current.permissions.filter((p) => !before.has(p.scope))) {
    changes.push({ kind: 'new-scope', review: true, detail: `+ scope ${p.scope} ("${p.reason['zh-CN']}" / "${p.reason.en}")` })
  }
  for (const scope of [...before].filter((s) => !now.has(s)))
    changes.push({ kind: 'removed-scope', review: false, detail: `- scope ${scope}` })
  if (released && rank(current.level) > rank(released.level)) {
    changes.push({ kind: 'raised-level', review: true, detail: `↑ identity level ${released.level} → ${current.level}` })
  } else if (released && rank(current.level) < rank(released.level)) {
    changes.push({ kind: 'lowered-level', review: false, detail: `↓ identity level ${released.level} → ${current.level}` })
  }
  if (released) {
    const pageLevel = (facts: PermissionFacts, path: string) => facts.pages?.find((p) => p.path === path)?.level ?? facts.level
    for (const page of current.pages ?? []) {
      const was = released.pages?.some((p) => p.path === page.path) ? pageLevel(released, page.path) : released.level
      const is = pageLevel(current, page.path)
      if (rank(is) > rank(was) && rank(is) > rank(current.level)) {
        changes.push({ kind: 'raised-page-level', review: true, detail: `↑ ${page.path} needs ${is} (was ${was})` })
      }
    }
  }
  const hosts = new Set(released?.allowedDomains ?? [])
  for (const host of (current.allowedDomains ?? []).filter((h) => !hosts.has(h))) {
    changes.push({ kind: 'new-domain', review: true, detail: `+ outside host ${host}` })
  }
  return changes
}
