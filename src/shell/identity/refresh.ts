import Taro from '@tarojs/taro'
import { tokenVault } from './token-vault'

let inFlight: Promise<boolean> | undefined

const refresh = async (baseUrl: string): Promise<boolean> => {
  const session = tokenVault.get()
  if (!session) return false
  try {
    const response = await Taro.request({
      url: `${baseUrl}/auth/refresh`,
      method: 'POST',
      data: { refreshToken: session.refreshToken },
      header: { 'content-type': 'application/json' },
    })
    const data = response.data as { accessToken?: string; refreshToken?: string; expiresInSec?: number }
    if (response.statusCode !== 200 || !data.accessToken || !data.refreshToken || !data.expiresInSec) return false
    tokenVault.set({ accessToken: data.accessToken, refreshToken: data.refreshToken, expiresInSec: data.expiresInSec })
    return true
  } catch {
    return false
  }
}

/**
 * One refresh for however many requests hit a 401 together: the first starts
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
