import { http, HttpResponse } from 'msw'
import { isPersonaId, PERSONAS } from '../personas'
import { formatFault, parseFault } from './faults'
import { apiError, readJson } from './responses'
import { getMockState, MAX_LATENCY_MS, resetMockData, updateMockState } from './state'

/** What the panel and the mock server's page show: state with faults as switch strings. */
const describeState = () => {
  const { persona, latencyMs, faults, disabled, remoteConfig } = getMockState()
  return {
    persona,
    latencyMs,
    disabled,
    config: remoteConfig ?? null,
    faults: Object.entries(faults).map(([endpoint, fault]) => formatFault(endpoint, fault)),
    personas: Object.entries(PERSONAS).map(([id, p]) => ({ id, name: p.name, summary: p.summary })),
  }
}

const isSwitchList = (value: unknown): value is string[] => Array.isArray(value) && value.every((f) => typeof f === 'string')

interface StatePatch {
  persona: unknown
  latencyMs: unknown
  faults: unknown
  disabled: unknown
  /** A whole remote config to serve (any JSON, malformed on purpose too), or null for the seed. */
  config: unknown
}

/**
 * Tester controls as API calls, so the same controls work wherever the
 * handlers run: the H5 worker, Jest, or the mock server for weapp and RN.
 * They are mock-only and not part of the API contract.
 */
export const controlHandlers = [
  http.get('*/api/__mock/state', () => HttpResponse.json(describeState())),
  http.put('*/api/__mock/state', async ({ request }) => {
    const patch = await readJson<StatePatch>(request)
    if (patch.persona !== undefined && !isPersonaId(patch.persona)) return apiError(400, 'UNKNOWN_PERSONA', `Unknown persona ${String(patch.persona)}`)
    const latency = patch.latencyMs
    if (latency !== undefined && !(typeof latency === 'number' && Number.isInteger(latency) && latency >= 0 && latency <= MAX_LATENCY_MS)) {
      return apiError(400, 'BAD_LATENCY', `latencyMs must be a whole number of milliseconds from 0 to ${MAX_LATENCY_MS}`)
    }
    if (patch.faults !== undefined && !isSwitchList(patch.faults)) {
      return apiError(400, 'BAD_FAULT', 'faults must be a list of switches such as "payments:500"')
    }
    if (patch.disabled !== undefined && !isSwitchList(patch.disabled)) {
      return apiError(400, 'BAD_DISABLED', 'disabled must be a list of mini-app ids')
    }
    try {
      const faults = isSwitchList(patch.faults) ? Object.fromEntries(patch.faults.map(parseFault)) : undefined
      updateMockState({
        ...(isPersonaId(patch.persona) ? { persona: patch.persona } : {}),
        ...(typeof patch.latencyMs === 'number' ? { latencyMs: patch.latencyMs } : {}),
        ...(faults ? { faults } : {}),
        ...(isSwitchList(patch.disabled) ? { disabled: patch.disabled } : {}),
        ...(patch.config !== undefined ? { remoteConfig: patch.config ?? undefined } : {}),
      })
    } catch (e: unknown) {
      return apiError(400, 'BAD_FAULT', e instanceof Error ? e.message : String(e))
    }
    return HttpResponse.json(describeState())
  }),
  http.post('*/api/__mock/reset', () => {
    resetMockData()
    return HttpResponse.json(describeState())
  }),
]
