import type { ApiError } from '../api/errors'
import { taroBaseQuery } from '../api/base-query'
import { currentShellStore } from '../store/store'

interface Held {
  token: string
  expiresAt: number
}

/** Exchanged a little before the token runs out, so a request never leaves with a dying token. */
const MARGIN_MS = 30_000
const held = new Map<string, Held>()
const exchanging = new Map<string, Promise<{ token: string } | { error: ApiError }>>()

const exchange = taroBaseQuery(process.env.TARO_APP_API_BASE ?? '/api')

/** Whom the resident acts for now, if this mini-app may act for family members (its manifest declares `family`). */
const actingFor = (family: boolean): string | undefined => (family ? currentShellStore()?.getState().session.actingFor?.id : undefined)

/**
 * A short-lived token for one mini-app, exchanged from the resident's session
 * (the shell's own request, with its session token) and held in memory. The
 * server binds it to the mini-app and the scopes the released manifest
 * declares, and to the family member acted for, if any.
 */
export const miniAppToken = async (miniAppId: string, { family }: { family: boolean }): Promise<{ token: string } | { error: ApiError }> => {
  const member = actingFor(family)
  const key = `${miniAppId}|${member ?? ''}`
  const cached = held.get(key)
  if (cached && cached.expiresAt - MARGIN_MS > Date.now()) return { token: cached.token }
  const running = exchanging.get(key)
  if (running) return running
  const run = (async () => {
    const store = currentShellStore()
    const body = { miniAppId, ...(member ? { actingFor: member } : {}) }
    const answer = await exchange({ url: '/auth/token-exchange', method: 'POST', body }, { dispatch: store?.dispatch } as never, {})
    if (answer.error) return { error: answer.error }
    const { accessToken, expiresInSec } = answer.data as { accessToken: string; expiresInSec: number }
    held.set(key, { token: accessToken, expiresAt: Date.now() + expiresInSec * 1000 })
    return { token: accessToken }
  })().finally(() => exchanging.delete(key))
  exchanging.set(key, run)
  return run
}

/** The server refused a token: exchange a new one next time. */
export const dropMiniAppToken = (miniAppId: string): void => {
  for (const key of held.keys()) if (key.startsWith(`${miniAppId}|`)) held.delete(key)
}

/** Sign-in, sign-out: tokens of the old session are of no further use. */
export const forgetMiniAppTokens = (): void => held.clear()
