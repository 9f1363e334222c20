import { delay, http, HttpResponse } from 'msw'
import { apiError } from './responses'
import { getMockState, type Fault } from './state'

/**
 * Parses a tester's fault switch, `<endpoint>:<what>`:
 * `payments:500` (an HTTP status), `transport/violations:timeout`,
 * `catalogue:offline`, or `payments:ORDER_CLOSED` (a business error code).
 */
export const parseFault = (spec: string): [string, Fault] => {
  const at = spec.lastIndexOf(':')
  const endpoint = spec.slice(0, at).replace(/^\/?(api\/)?/, '').replace(/\/$/, '')
  const what = spec.slice(at + 1)
  if (at <= 0 || !endpoint || !what) throw new Error(`A fault looks like "payments:500" or "transport/violations:timeout", not "${spec}"`)
  // Error statuses only: a fault is a failure, and a Response cannot carry a 1xx status at all.
  if (/^[45]\d\d$/.test(what)) return [endpoint, { kind: 'http', status: Number(what) }]
  if (what === 'timeout' || what === 'offline') return [endpoint, { kind: what }]
  if (/^[A-Z][A-Z0-9_]*$/.test(what)) return [endpoint, { kind: 'business', code: what }]
  throw new Error(`Unknown fault "${what}" in "${spec}": use an HTTP error status (400–599), timeout, offline or an UPPER_CASE error code`)
}

export const formatFault = (endpoint: string, fault: Fault): string =>
  `${endpoint}:${fault.kind === 'http' ? fault.status : fault.kind === 'business' ? fault.code : fault.kind}`

/** The most specific fault whose endpoint is a whole-segment prefix of the path. */
export const faultFor = (faults: Record<string, Fault>, path: string): Fault | undefined => {
  const match = Object.keys(faults)
    .filter((endpoint) => path === endpoint || path.startsWith(`${endpoint}/`))
    .sort((a, b) => b.length - a.length)[0]
  return match === undefined ? undefined : faults[match]
}

const respondWith = async (fault: Fault) => {
  switch (fault.kind) {
    case 'http':
      return apiError(fault.status, 'INJECTED_FAULT', `模拟故障：服务返回 ${fault.status}`)
    case 'business':
      return apiError(422, fault.code, `模拟业务错误：${fault.code}`)
    case 'offline':
      return HttpResponse.error()
    case 'timeout':
      await delay('infinite')
      return HttpResponse.error()
  }
}

/**
 * Runs before every other handler: adds the tester's latency, then answers
 * with the injected fault, or falls through to the real handler.
 */
export const faultHandlers = [
  http.all('*/api/*', async ({ request }) => {
    const path = new URL(request.url).pathname.replace(/^.*?\/api\//, '')
    if (path.startsWith('__mock')) return undefined
    const { latencyMs, faults } = getMockState()
    if (latencyMs > 0) await delay(latencyMs)
    const fault = faultFor(faults, path)
    return fault ? respondWith(fault) : undefined
  }),
]
