import { PROVINCE_CODE } from '../../src/shell/regions'
import { citiesByChance, districtsOf } from './places'
import type { Random } from './random'
import type { Matter } from './tree'

/** Where one implementation of a matter is offered, and which office of its department runs it. */
export interface Placement {
  matter: Matter
  regions: string[]
  /** The region of the department that runs it. */
  office: string
}

/**
 * Every way a matter could be implemented, one per city at most, so no city
 * lists one name twice: once province-wide (rarely, a pilot in a few cities),
 * or by each city's own office, or by one district's office per city.
 */
const candidatesOf = (random: Random, matter: Matter): Omit<Placement, 'matter'>[] => {
  if (matter.level === 'province') {
    const pilot = random.chance(0.08) ? citiesByChance(random).slice(0, 2 + random.int(3)) : undefined
    return [{ regions: pilot ? pilot.sort() : [PROVINCE_CODE], office: PROVINCE_CODE }]
  }
  return citiesByChance(random).map((city) => {
    const region = matter.level === 'city' ? city : random.pick(districtsOf(city))
    return { regions: [region], office: region }
  })
}

/**
 * Exactly `total` placements: every matter once, then the rest drawn in
 * proportion to how much residents use the subject (weight squared), so
 * 住房公积金提取 reaches most cities and a mining licence stays provincial.
 */
export const allocate = (random: Random, matters: readonly Matter[], total: number): Placement[] => {
  const candidates = matters.map((matter) => candidatesOf(random, matter))
  const taken = matters.map(() => 1)
  const capacity = candidates.reduce((sum, list) => sum + list.length, 0)
  if (total < matters.length || total > capacity) throw new Error(`Cannot place ${total} services over ${matters.length} matters (room for ${capacity})`)
  for (let left = total - matters.length; left > 0; left--) {
    const weights = matters.map((m, i) => (taken[i] < candidates[i].length ? m.weight * m.weight : 0))
    let ticket = random.next() * weights.reduce((a, b) => a + b, 0)
    // Float rounding can leave the ticket just past the end: it then falls to the last open matter.
    let i = weights.findIndex((w) => (ticket -= w) < 0)
    for (let j = weights.length - 1; i === -1 && j >= 0; j--) if (weights[j] > 0) i = j
    taken[i] += 1
  }
  return matters.flatMap((matter, i) => candidates[i].slice(0, taken[i]).map((c) => ({ matter, ...c })))
}
