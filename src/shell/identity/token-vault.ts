import { platform, readStored } from '../platform/platform'

/**
 * Where the session's tokens live. The access token is kept in memory only,
 * never in storage another piece of code could read; the refresh token is
 * stored so the resident stays signed in across restarts (the server rotates
 * it on every use and revokes the session if an old one is replayed). Only
 * the shell's request layer reads the vault; the SDK exports nothing of it.
 */
export interface Session {
  accessToken?: string
  refreshToken: string
  /** Epoch milliseconds when the access token runs out. */
  expiresAt: number
}

const KEY = 'shell.refresh'
let inMemory: { accessToken: string; expiresAt: number } | undefined

const isRefreshToken = (value: unknown): value is string => typeof value === 'string' && value.length > 0

export const tokenVault = {
  /** The session if the resident is signed in; its access token only while this run of the app has one. */
  get(): Session | undefined {
    const refreshToken = readStored(KEY, isRefreshToken)
    if (!refreshToken) return undefined
    return { refreshToken, ...(inMemory ?? { expiresAt: 0 }) }
  },
  set(session: { accessToken: string; refreshToken: string; expiresInSec: number }): void {
    inMemory = { accessToken: session.accessToken, expiresAt: Date.now() + session.expiresInSec * 1000 }
    platform.setStorageSync(KEY, session.refreshToken)
  },
  clear(): void {
    inMemory = undefined
    platform.removeStorageSync(KEY)
  },
  /** Forgets the in-memory access token, as a restart does (for tests of restarts). */
  forgetAccessToken(): void {
    inMemory = undefined
  },
}
