import type { MiniAppScope } from './scope'

/**
 * The scopes of mini-apps whose pages have been opened, as their shims
 * compiled them. The request layer reads it to know what a mini-app's API
 * calls may carry (e.g. acting for a family member).
 */
const scopes = new Map<string, MiniAppScope>()

export const registerScope = (scope: MiniAppScope): void => {
  scopes.set(scope.id, scope)
}

export const scopeOf = (miniAppId: string): MiniAppScope | undefined => scopes.get(miniAppId)
