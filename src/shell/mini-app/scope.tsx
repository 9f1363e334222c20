import { createContext, useContext, type ReactNode } from 'react'
import type { Localized } from '../../sdk/manifest/catalogue'
import type { IdentityLevel, Scope } from '../../sdk/manifest/vocabulary'

/**
 * What the shell knows of the mini-app whose page is on screen. The registry
 * compiles it from the manifest into the page's shim, inside the mini-app's
 * own subpackage, so a mini-app cannot claim another's identity or scopes.
 */
export interface MiniAppScope {
  id: string
  name: Localized
  /** The level this page needs: the page's own, or the mini-app's. */
  level: IdentityLevel
  route: string
  permissions: { scope: Scope; reason: Localized }[]
  allowedDomains: string[]
}

/** A capability used outside a mini-app page: a programming error, not a resident's. */
export class NoMiniAppScopeError extends Error {
  constructor() {
    super('This SDK capability works only inside a mini-app page (its shim provides the scope).')
    this.name = 'NoMiniAppScopeError'
  }
}

const MiniAppContext = createContext<MiniAppScope | undefined>(undefined)

export function MiniAppScopeProvider({ scope, children }: { scope: MiniAppScope; children: ReactNode }) {
  return <MiniAppContext.Provider value={scope}>{children}</MiniAppContext.Provider>
}

export const useMiniAppScope = (): MiniAppScope => {
  const scope = useContext(MiniAppContext)
  if (!scope) throw new NoMiniAppScopeError()
  return scope
}
