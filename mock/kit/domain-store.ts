import type { PersonaId } from '../personas'
import { getMockState } from './state'

/**
 * A domain's in-memory data, seeded per persona. Handlers read and mutate
 * `store.data`; a persona switch or a reset re-seeds it from a fresh copy, so
 * the same persona always starts from the same data.
 */
export interface DomainStore<T> {
  readonly data: T
}

export const defineDomainStore = <T>(seed: (persona: PersonaId) => T): DomainStore<T> => {
  let seededAt = -1
  let data: T
  return {
    get data() {
      const { generation, persona } = getMockState()
      if (generation !== seededAt) {
        data = structuredClone(seed(persona))
        seededAt = generation
      }
      return data
    },
  }
}
