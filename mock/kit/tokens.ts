/**
 * The mock's tokens carry their own expiry, so they stay valid across a page
 * reload (the H5 mock lives in page memory) and tests can mint expired ones.
 */
export const ACCESS_TTL_SEC = 2 * 60 * 60
const REFRESH_TTL_SEC = 30 * 24 * 60 * 60

export const mintSession = (now = Date.now()) => ({
  accessToken: `mock-at.${now + ACCESS_TTL_SEC * 1000}`,
  refreshToken: `mock-rt.${now + REFRESH_TTL_SEC * 1000}`,
  expiresInSec: ACCESS_TTL_SEC,
})

const unexpired = (token: string | null | undefined, prefix: string, now: number): boolean => {
  const match = token?.match(new RegExp(`^${prefix}\\.(\\d+)$`))
  return !!match && Number(match[1]) > now
}

export const validAccessToken = (authorization: string | null, now = Date.now()): boolean =>
  unexpired(authorization?.replace(/^Bearer /, ''), 'mock-at', now)

export const validRefreshToken = (token: string | undefined, now = Date.now()): boolean => unexpired(token, 'mock-rt', now)

/** For tests that call the mock API directly: a session valid until 2100. */
export const TEST_AUTHORIZATION = { Authorization: 'Bearer mock-at.4102444800000' }
