import { readSwitches, type MockSwitches } from './switches'
import { forgetKept } from './persist'
import { getMockState, updateMockState } from './state'

const KEY = 'mock-backend-switches'
const SWITCH_PARAMS = ['persona', 'latency', 'fault', 'disable', 'reset']

/** The tester's last choice, so a reload keeps the persona and faults. */
const remembered = (): MockSwitches => {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) ?? '{}') as MockSwitches
  } catch {
    return {}
  }
}

export const rememberMockState = (): void => {
  const { persona, latencyMs, faults, disabled } = getMockState()
  sessionStorage.setItem(KEY, JSON.stringify({ persona, latencyMs, faults, disabled }))
}

/**
 * Applies the remembered switches, then the URL's, which win. Returns a
 * message for a bad URL switch instead of throwing, so the app still starts.
 */
export const applyStartupSwitches = (url: string): string | undefined => {
  updateMockState(remembered())
  try {
    const { reset, ...switches } = readSwitches(url)
    updateMockState(switches)
    // Once: the switch leaves the address, or every reload would reset again.
    if (reset) {
      forgetKept(getMockState().persona)
      dropSwitchesFromUrl()
    }
    rememberMockState()
    return undefined
  } catch (e: unknown) {
    return e instanceof Error ? e.message : String(e)
  }
}

/** The panel's choice must not be undone by switches still in the address bar. */
export const dropSwitchesFromUrl = (): void => {
  const url = new URL(window.location.href)
  SWITCH_PARAMS.forEach((p) => url.searchParams.delete(p))
  const [route, query = ''] = url.hash.split('?')
  const hashParams = new URLSearchParams(query)
  SWITCH_PARAMS.forEach((p) => hashParams.delete(p))
  url.hash = hashParams.size ? `${route}?${hashParams}` : route
  window.history.replaceState(null, '', url)
}
