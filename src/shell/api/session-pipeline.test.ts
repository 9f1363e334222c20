import type { BaseQueryApi } from '@reduxjs/toolkit/query'
import { http } from 'msw'
import { server } from '@test/msw-server'
import { ACCESS_TTL_SEC, mintSession, REFRESH_TTL_SEC } from '../../../mock/kit/tokens'
import { tokenVault } from '../identity/token-vault'
import { SESSION_EXPIRED, taroBaseQuery } from './base-query'

/** A session whose access token the server already considers expired, and whose refresh token is still good. */
const expired = mintSession('s-expired', 1, Date.now() - ACCESS_TTL_SEC * 1000 - 1000)
/** One whose refresh token has run out too. */
const gone = mintSession('s-gone', 1, Date.now() - REFRESH_TTL_SEC * 1000 - 1000)
const query = taroBaseQuery('/api')

const call = (url: string, dispatch = jest.fn()) => query(url, { dispatch } as unknown as BaseQueryApi, {})

/** Counts the refresh calls, then lets the real refresh handler answer. */
const countRefreshes = () => {
  const counter = { calls: 0 }
  server.use(
    http.post('*/api/auth/refresh', () => {
      counter.calls += 1
      return undefined
    }),
  )
  return counter
}

describe('the session pipeline', () => {
  it('answers ten parallel 401s with one refresh, then retries each once', async () => {
    tokenVault.set(expired)
    const refreshes = countRefreshes()
    const results = await Promise.all(Array.from({ length: 10 }, () => call('/profile')))
    expect(refreshes.calls).toBe(1)
    expect(results.every((r) => 'data' in r && (r.data as { level: string }).level === 'L3')).toBe(true)
    expect(tokenVault.get()?.accessToken).not.toBe(expired.accessToken)
  })

  it('after a restart, refreshes once before the first requests, however many start together', async () => {
    tokenVault.set(expired)
    tokenVault.forgetAccessToken()
    const refreshes = countRefreshes()
    const results = await Promise.all(Array.from({ length: 10 }, () => call('/profile')))
    expect(refreshes.calls).toBe(1)
    expect(results.every((r) => 'data' in r)).toBe(true)
  })

  it('signs the resident out when the refresh is refused, and forgets the refresh token', async () => {
    tokenVault.set(gone)
    const dispatch = jest.fn()
    expect(await call('/profile', dispatch)).toEqual({ error: { kind: 'unauthenticated', status: 401 } })
    expect(dispatch).toHaveBeenCalledWith({ type: SESSION_EXPIRED })
    expect(tokenVault.get()).toBeUndefined()
  })

  it('sends no token when signed out, and does not try to refresh', async () => {
    tokenVault.clear()
    const refreshes = countRefreshes()
    let authorization: string | null = 'unset'
    server.use(
      http.get('*/api/catalogue', ({ request }) => {
        authorization = request.headers.get('Authorization')
        return undefined
      }),
    )
    await call('/catalogue')
    expect(authorization).toBeNull()
    expect((await call('/profile')).error).toEqual({ kind: 'unauthenticated', status: 401 })
    expect(refreshes.calls).toBe(0)
  })

  it('never sends the token to another origin: absolute URLs are refused before any request', async () => {
    let reached = false
    server.use(
      http.get('https://collector.example.com/*', () => {
        reached = true
        return undefined
      }),
    )
    const result = await call('https://collector.example.com/steal')
    expect(result.error).toEqual({ kind: 'refused', reason: 'only API paths may use the API client, not https://collector.example.com/steal' })
    expect(reached).toBe(false)
  })
})
