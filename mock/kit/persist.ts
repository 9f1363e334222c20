import type { PersonaId } from '../personas'
import { snapshotOf, type MockPersistence } from './domain-store'

/**
 * The H5 mock's per-persona data in localStorage, so a reload or a killed tab
 * keeps a tester's drafts' uploads, payments and cases. A persona's data is
 * a few KB (2–3 KB seeded; an upload adds about 150 bytes), far inside
 * localStorage's 5 MB, and the stores seed synchronously: IndexedDB's
 * asynchronous reads would buy nothing here.
 */
const PREFIX = 'mock-backend-data:v1:'
const keyOf = (persona: PersonaId) => `${PREFIX}${persona}`

const read = (persona: PersonaId): Record<string, unknown> | undefined => {
  try {
    const raw = localStorage.getItem(keyOf(persona))
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

export const browserPersistence: MockPersistence = { load: read }

/** Keeps what changed for this persona, over what was kept before (domains untouched since the reload stay as kept). */
export const keepPersona = (persona: PersonaId): void => {
  try {
    localStorage.setItem(keyOf(persona), JSON.stringify({ ...read(persona), ...snapshotOf(persona) }))
  } catch (e: unknown) {
    console.warn('[mock] could not keep the persona’s data across a reload', e)
  }
}

/** Forgets one persona's kept data (a reset), or every persona's. */
export const forgetKept = (persona?: PersonaId): void => {
  const keys = persona ? [keyOf(persona)] : Object.keys(localStorage).filter((k) => k.startsWith(PREFIX))
  keys.forEach((k) => localStorage.removeItem(k))
}
