import { setupWorker } from 'msw/browser'
import { handlers } from './handlers'
import { mountMockPanel } from './panel'
import { applyStartupSwitches } from './kit/session'

export const worker = setupWorker(...handlers)

/**
 * Starts the H5 mock backend: the URL's switches (?persona=driver&fault=payments:500)
 * apply before the first request, then the worker starts and the panel mounts.
 * The app's own scripts and styles pass through the worker untouched.
 */
export const startWorker = async () => {
  const problem = applyStartupSwitches(window.location.href)
  if (problem) console.error(`[mock] ${problem}`)
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' })
  mountMockPanel(problem)
}
