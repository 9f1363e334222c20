import { holdRequestsUntil } from './api/request-gate'

/**
 * Starts the MSW browser worker when this build talks to the mock backend.
 * The condition is a build-time constant and the import sits inside its
 * branch (not after an early return), so webpack prunes it and a production
 * build ships no mock code; `npm run build:h5` checks that.
 */
export const startMockBackend = (): void => {
  if (process.env.TARO_APP_MOCK === 'on') {
    holdRequestsUntil(import('../../mock/browser').then(({ startWorker }) => startWorker()))
  }
}
