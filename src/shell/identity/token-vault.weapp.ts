import { platform } from '../platform/platform'
import type { Session } from './token-vault'

export type { Session } from './token-vault'

/**
 * The WeChat build keeps no token in storage at all: WeChat's own login
 * (`wx.login`, exchanged by the server) re-establishes the session after a
 * restart, so storage holds only a marker that the resident signed in. Both
 * tokens live in memory for this run of the app.
 */
const MARKER = 'shell.signed-in'
let inMemory: Session | undefined

export const tokenVault = {
  get(): Session | undefined {
    if (inMemory) return inMemory
    return platform.getStorageSync(MARKER) === 'wechat' ? { refreshToken: '', expiresAt: 0 } : undefined
  },
  set(session: { accessToken: string; refreshToken: string; expiresInSec: number }): void {
    inMemory = { accessToken: session.accessToken, refreshToken: session.refreshToken, expiresAt: Date.now() + session.expiresInSec * 1000 }
    platform.setStorageSync(MARKER, 'wechat')
  },
  clear(): void {
    inMemory = undefined
    platform.removeStorageSync(MARKER)
  },
  forgetAccessToken(): void {
    inMemory = undefined
  },
}
