import { catalogue } from '../generated/catalogue'

/** What the server knows of a mini-app: its id and the scopes its released manifest declares. */
export interface ServerMiniApp {
  id: string
  scopes: string[]
}

const extra = new Map<string, ServerMiniApp>()

/**
 * The server's own registry of mini-apps, from the released manifests, never
 * from the client: tokens carry the scopes it says, whatever a client claims.
 */
export const serverMiniApp = (id: string): ServerMiniApp | undefined => {
  const entry = catalogue.find((e) => e.id === id)
  return entry ? { id, scopes: entry.permissions.map((p) => p.scope) } : extra.get(id)
}

export const isMiniAppId = (id: string): boolean => serverMiniApp(id) !== undefined

/** Tests register fixture mini-apps (an attacker's, say) the way a release would. */
export const registerMiniAppForTest = (app: ServerMiniApp): void => void extra.set(app.id, app)
export const resetTestMiniApps = (): void => extra.clear()
