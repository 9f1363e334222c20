import '@testing-library/jest-dom'
import { UNHANDLED_HEADER } from '../../mock/kit/fallback'
import { resetTestMiniApps } from '../../mock/kit/registry'
import { resetSessions } from '../../mock/kit/sessions'
import { resetMockState } from '../../mock/kit/state'
import { server } from '../../mock/node'
import { resetSmsLimits } from '../../mock/shell/auth'
import { TEST_SESSION } from '../../mock/kit/tokens'
import { resetMiniAppStores } from '../../src/sdk/internal/bind-mini-app'
import { tokenVault } from '../../src/shell/identity/token-vault'
import { forgetMiniAppTokens } from '../../src/shell/mini-app/mini-app-tokens'
import { resetTaroStandIn } from '../taro/taro'

/**
 * The listen / resetHandlers / close cycle. A request that no handler covers
 * is recorded, and the test that made it fails in afterEach.
 */
const unhandled: string[] = []

/** Returns and forgets the requests no handler covered (for the test of this rule). */
export const takeUnhandledRequests = (): string[] => unhandled.splice(0)

// API calls reach the mock's 501 fallback rather than onUnhandledRequest (see mock/kit/fallback.ts).
server.events.on('response:mocked', ({ request, response }) => {
  if (response.headers.get(UNHANDLED_HEADER)) unhandled.push(`${request.method} ${request.url}`)
})

beforeAll(() =>
  server.listen({
    onUnhandledRequest(request, print) {
      unhandled.push(`${request.method} ${request.url}`)
      // Also reject the request itself, so it never reaches a real network.
      print.error()
    },
  }),
)

// Most tests are about a signed-in resident; tests of signing in clear this first.
beforeEach(() => tokenVault.set(TEST_SESSION))

afterEach(() => {
  server.resetHandlers()
  resetMockState()
  resetSessions()
  resetTestMiniApps()
  resetSmsLimits()
  resetTaroStandIn()
  tokenVault.forgetAccessToken()
  forgetMiniAppTokens()
  resetMiniAppStores()
  const missed = takeUnhandledRequests()
  if (missed.length > 0) {
    throw new Error(`Requests without an MSW handler (add one, or server.use(...) in the test):\n  ${missed.join('\n  ')}`)
  }
})

afterAll(() => server.close())
