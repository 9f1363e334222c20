import type { PersonaId } from '../personas'
import { getMockState } from './state'

/**
 * A domain's in-memory data, seeded per persona. Handlers read and mutate
 * `store.data`; a persona switch or a reset re-seeds it from a fresh copy, so
 * the same persona always starts from the same data — unless a kept
 * snapshot of that persona (the H5 mock's browser storage) says otherwise.
 */
export interface DomainStore<T> {
  readonly data: T
}

/** Where the H5 mock keeps each persona's data across a reload; absent in Node. */
export interface MockPersistence {
  load(persona: PersonaId): Record<string, unknown> | undefined
}

let persistence: MockPersistence | undefined
const live = new Map<string, { persona: () => PersonaId | undefined; generation: () => number; data: () => unknown }>()

export const setPersistence = (p: MockPersistence | undefined): void => {
  persistence = p
}

/**
 * The data of every domain seeded for `persona` since the last switch or
 * reset, by domain; a domain not touched since is left out (merge it over
 * what was kept). What a reload must get back.
 */
export const snapshotOf = (persona: PersonaId): Record<string, unknown> => {
  const { generation } = getMockState()
  return Object.fromEntries([...live].filter(([, s]) => s.persona() === persona && s.generation() === generation).map(([name, s]) => [name, s.data()]))
}

/**
 * `name` identifies the domain in a kept snapshot; without one, the order of
 * definition does, which is fixed within one build.
 */
export const defineDomainStore = <T>(seed: (persona: PersonaId) => T, name = `domain-${live.size}`): DomainStore<T> => {
  let seededAt = -1
  let seededFor: PersonaId | undefined
  let data: T
  live.set(name, { persona: () => seededFor, generation: () => seededAt, data: () => data })
  return {
    get data() {
      const { generation, persona } = getMockState()
      if (generation !== seededAt) {
        const kept = persistence?.load(persona)?.[name]
        data = structuredClone(kept !== undefined ? (kept as T) : seed(persona))
        seededAt = generation
        seededFor = persona
      }
      return data
    },
  }
}
