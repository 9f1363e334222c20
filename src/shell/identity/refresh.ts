import { platform } from '../platform/platform'
import { silentSignIn } from './silent-sign-in'
import { tokenVault } from './token-vault'

let inFlight: Promise<boolean> | undefined

const refresh = async (baseUrl: string): Promise<boolean> => {
  const session = tokenVault.get()
  if (!session) return false
  if (!session.refreshToken) {
    // Nothing stored to refresh with (the WeChat build): sign in again through the platform.
    const renewed = silentSignIn ? await silentSignIn(baseUrl) : undefined
    if (renewed) tokenVault.set(renewed)
    else tokenVault.clear()
    return !!renewed
  }
  try {
    const response = await platform.request({
      url: `${baseUrl}/auth/refresh`,
      method: 'POST',
      data: { refreshToken: session.refreshToken },
      header: { 'content-type': 'application/json' },
    })
    const data = response.data as { accessToken?: string; refreshToken?: string; expiresInSec?: number }
    // The server refused the refresh token for good (expired, revoked, replayed): forget it.
    if (response.statusCode === 401) tokenVault.clear()
    if (response.statusCode !== 200 || !data.accessToken || !data.refreshToken || !data.expiresInSec) return false
    tokenVault.set({ accessToken: data.accessToken, refreshToken: data.refreshToken, expiresInSec: data.expiresInSec })
    return true
  } catch {
    return false
  }
}

/**
 * One refresh for however many requests need it together: the first starts
 * it, the rest wait for the same answer. A request whose token was already
 * replaced while it was in flight skips the refresh and just retries.
 */
export const refreshSessionOnce = (baseUrl: string, tokenUsed: string | undefined): Promise<boolean> => {
  const current = tokenVault.get()?.accessToken
  if (current && current !== tokenUsed) return Promise.resolve(true)
  inFlight ??= refresh(baseUrl).finally(() => {
    inFlight = undefined
  })
  return inFlight
}

/** The access token to send now: the one in memory, or a fresh one when the app has just started. */
export const currentAccessToken = async (baseUrl: string): Promise<string | undefined> => {
  const session = tokenVault.get()
  if (!session) return undefined
  if (session.accessToken && session.expiresAt > Date.now()) return session.accessToken
  return (await refreshSessionOnce(baseUrl, session.accessToken)) ? tokenVault.get()?.accessToken : undefined
}
