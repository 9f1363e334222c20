import { deviceStorage } from '../storage/device-storage'

/**
 * Where the session's tokens live. Only the shell's request layer reads it;
 * the SDK exports nothing that reaches it, so mini-app code never holds a
 * token. (The mini-program's storage is one per app, so this is isolation by
 * API and lint, not a sandbox; tokens are short-lived to limit the damage.)
 */
export interface Session {
  accessToken: string
  refreshToken: string
  /** Epoch milliseconds. */
  expiresAt: number
}

const KEY = 'shell.session'

export const tokenVault = {
  get(): Session | undefined {
    const stored = deviceStorage.get<Session>(KEY)
    return stored && typeof stored === 'object' && typeof stored.accessToken === 'string' ? stored : undefined
  },
  set(session: { accessToken: string; refreshToken: string; expiresInSec: number }): void {
    const { accessToken, refreshToken, expiresInSec } = session
    deviceStorage.set(KEY, { accessToken, refreshToken, expiresAt: Date.now() + expiresInSec * 1000 })
  },
  clear(): void {
    deviceStorage.remove(KEY)
  },
}
