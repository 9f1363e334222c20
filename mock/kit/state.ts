import { DEFAULT_PERSONA, type PersonaId } from '../personas'

/** How one endpoint should misbehave: an HTTP 500, a business error code, a hang, or no network. */
export type Fault = { kind: 'http'; status: number } | { kind: 'business'; code: string } | { kind: 'timeout' } | { kind: 'offline' }

/** The most latency a tester may add: a minute, beyond any client's timeout, and well inside what timers can wait. */
export const MAX_LATENCY_MS = 60_000

export interface MockState {
  persona: PersonaId
  /** Added to every API response, in milliseconds. */
  latencyMs: number
  /** Keyed by an API path prefix after /api/, e.g. `transport/violations` or `payments`. */
  faults: Record<string, Fault>
  /**
   * What `GET /api/config` serves instead of the seed; kept raw (unchecked)
   * so a tester can serve a malformed config and watch the client refuse it.
   */
  remoteConfig?: unknown
  /** Mini-app ids switched off on top of the served config (`?disable=` or `PUT /api/__mock/state`). */
  disabled: string[]
  /** Bumped by a reset; domain stores re-seed when it or the persona changes. */
  generation: number
}

const initial = (): MockState => ({ persona: DEFAULT_PERSONA, latencyMs: 0, faults: {}, disabled: [], generation: 0 })

let state: MockState = initial()

export const getMockState = (): Readonly<MockState> => state

export const updateMockState = (patch: Partial<Omit<MockState, 'generation'>>): MockState => {
  const personaChanged = patch.persona !== undefined && patch.persona !== state.persona
  state = { ...state, ...patch, generation: personaChanged ? state.generation + 1 : state.generation }
  return state
}

/** Back to the seed data of the current persona (or a new one). */
export const resetMockData = (persona: PersonaId = state.persona): MockState => {
  state = { ...state, persona, generation: state.generation + 1 }
  return state
}

/** Everything back to defaults: used between tests so no test leaks state into the next. */
export const resetMockState = (): void => {
  state = { ...initial(), generation: state.generation + 1 }
}
