import { scopeOf } from '../mini-app/scope-registry'

export interface ActingFor {
  id: string
  displayName: string
}

/**
 * The header that names the family member a request is made for. Only
 * mini-apps whose manifest declares `family` act for someone (their API
 * paths start with their id); the token itself names the resident who acts.
 */
export const actingForHeader = (state: unknown, url: string): Record<string, string> => {
  const acting = (state as { session?: { actingFor?: ActingFor | null } } | undefined)?.session?.actingFor
  if (!acting) return {}
  const allowed = scopeOf(url.split('/')[1] ?? '')?.permissions.some((p) => p.scope === 'family')
  return allowed ? { 'X-Acting-For': acting.id } : {}
}
