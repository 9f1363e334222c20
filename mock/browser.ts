import { setupWorker } from 'msw/browser'
import { handlers } from './handlers'
import { mountMockPanel } from './panel'
import { setPersistence } from './kit/domain-store'
import { browserPersistence, forgetKept, keepPersona } from './kit/persist'
import { applyStartupSwitches } from './kit/session'
import { getMockState } from './kit/state'

export const worker = setupWorker(...handlers)

const isControl = (url: string) => new URL(url).pathname.includes('/api/__mock/')

// A reset forgets the kept data before the handler re-seeds; any other change is kept once answered.
worker.events.on('request:start', ({ request }) => {
  if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/api/__mock/reset')) forgetKept(getMockState().persona)
})
worker.events.on('response:mocked', ({ request }) => {
  if (request.method !== 'GET' && new URL(request.url).pathname.startsWith('/api/') && !isControl(request.url)) keepPersona(getMockState().persona)
})

/**
 * Starts the H5 mock backend: the URL's switches (?persona=driver&fault=payments:500)
 * apply before the first request, then the worker starts and the panel mounts.
 * The app's own scripts and styles pass through the worker untouched.
 */
export const startWorker = async () => {
  setPersistence(browserPersistence)
  const problem = applyStartupSwitches(window.location.href)
  if (problem) console.error(`[mock] ${problem}`)
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' })
  mountMockPanel(problem)
}
