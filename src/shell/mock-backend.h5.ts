import { holdRequestsUntil } from './api/request-gate'

/**
 * Starts the MSW browser worker when this build talks to the mock backend.
 * The condition is a build-time constant, so a production build drops the
 * import and ships no mock code.
 */
export const startMockBackend = (): void => {
  if (process.env.TARO_APP_MOCK !== 'on') return
  holdRequestsUntil(import('../../mock/browser').then(({ startWorker }) => startWorker()))
}
