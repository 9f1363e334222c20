import { isPersonaId, PERSONA_IDS, type PersonaId } from '../personas'
import { parseFault } from './faults'
import { MAX_LATENCY_MS, type Fault } from './state'

export interface MockSwitches {
  persona?: PersonaId
  latencyMs?: number
  faults?: Record<string, Fault>
  /** `disable=<id>,<id>`: switch those mini-apps off in the served remote config (the kill switch). */
  disabled?: string[]
  /** `reset=1`: forget the persona's kept data (H5 keeps it across reloads) and start from its seed. */
  reset?: boolean
}

/**
 * Reads tester switches from a URL's query (before or after the hash, since
 * H5 uses the hash router): `?persona=driver&latency=800&fault=payments:500,catalogue:offline&disable=<id>&reset=1`.
 * A bad switch throws with a message that says what is allowed.
 */
export const readSwitches = (url: string): MockSwitches => {
  const { search, hash } = new URL(url)
  const params = new URLSearchParams([search.slice(1), hash.split('?')[1] ?? ''].filter(Boolean).join('&'))
  const switches: MockSwitches = {}
  const persona = params.get('persona')
  if (persona !== null) {
    if (!isPersonaId(persona)) throw new Error(`Unknown persona "${persona}"; try one of: ${PERSONA_IDS.join(', ')}`)
    switches.persona = persona
  }
  const latency = params.get('latency')
  if (latency !== null) {
    if (!/^\d{1,5}$/.test(latency) || Number(latency) > MAX_LATENCY_MS) {
      throw new Error(`latency takes milliseconds from 0 to ${MAX_LATENCY_MS}, e.g. latency=800, not "${latency}"`)
    }
    switches.latencyMs = Number(latency)
  }
  const reset = params.get('reset')
  if (reset !== null) {
    if (reset !== '1' && reset !== 'true') throw new Error(`reset takes 1, e.g. reset=1, not "${reset}"`)
    switches.reset = true
  }
  const disabled = params.getAll('disable').flatMap((value) => value.split(',')).filter(Boolean)
  if (disabled.length > 0) switches.disabled = disabled
  const faults = params.getAll('fault').flatMap((value) => value.split(',')).filter(Boolean)
  if (faults.length > 0) switches.faults = Object.fromEntries(faults.map(parseFault))
  return switches
}

