import type { BrowserContext } from '@playwright/test'
import { mintSession } from '../../../mock/kit/tokens'

/**
 * Personal endpoints need a session, and the journeys here are about what a
 * signed-in resident sees, not about signing in. So, as Playwright's auth
 * guide suggests, they start with the session already stored, the way the
 * shell stores it after a sign-in: only the refresh token, under the token
 * vault's key (src/shell/identity/token-vault.ts), in Taro's H5 storage
 * format, `{ "data": value }` in localStorage. The app then starts as after a
 * restart: its first request refreshes the session. journeys/sign-in.spec.ts
 * is the one that signs in through the login page.
 */
const SESSION_KEY = 'shell.refresh'

export const seedResidentSession = async (context: BrowserContext): Promise<void> => {
  const { refreshToken } = mintSession()
  const stored = JSON.stringify({ data: refreshToken })
  await context.addInitScript(
    ({ key, value }) => {
      // Only on the first load: a journey that signs out must stay signed out after a reload.
      if (sessionStorage.getItem('e2e.seeded') === null) {
        localStorage.setItem(key, value)
        sessionStorage.setItem('e2e.seeded', '1')
      }
    },
    { key: SESSION_KEY, value: stored },
  )
}
