import Taro from '@tarojs/taro'

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
    const stored = Taro.getStorageSync(KEY) as Session | ''
    return stored && typeof stored === 'object' && typeof stored.accessToken === 'string' ? stored : undefined
  },
  set(session: { accessToken: string; refreshToken: string; expiresInSec: number }): void {
    const { accessToken, refreshToken, expiresInSec } = session
    Taro.setStorageSync(KEY, { accessToken, refreshToken, expiresAt: Date.now() + expiresInSec * 1000 })
  },
  clear(): void {
    Taro.removeStorageSync(KEY)
  },
}
