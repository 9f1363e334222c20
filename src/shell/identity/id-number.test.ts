import fc from 'fast-check'
import { checkCharacter, idNumberProblem, isValidIdNumber } from './id-number'

const TODAY = new Date(Date.UTC(2026, 10, 22))
const pad = (n: number, width: number) => String(n).padStart(width, '0')

/** Any real date from 1900 to today, as YYYYMMDD. */
const birthDate = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: TODAY, noInvalidDate: true }).map(
  (d) => `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}`,
)
const validId = fc
  .tuple(fc.integer({ min: 110000, max: 659999 }), birthDate, fc.integer({ min: 0, max: 999 }))
  .map(([region, birth, seq]) => {
    const first17 = `${region}${birth}${pad(seq, 3)}`
    return first17 + checkCharacter(first17)
  })

describe('resident ID numbers (GB 11643)', () => {
  it('accepts known good numbers, including an X check character', () => {
    expect(isValidIdNumber('11010519491231002X', TODAY)).toBe(true)
    expect(isValidIdNumber('440524188001010014', TODAY)).toBe(false) // born before 1900
    expect(isValidIdNumber('210102198001011234', TODAY)).toBe(false)
    expect(isValidIdNumber('11010519491231002x', TODAY)).toBe(true)
  })

  it('accepts every well-formed number (10,000 generated)', () => {
    fc.assert(fc.property(validId, (id) => idNumberProblem(id, TODAY) === undefined), { numRuns: 10_000 })
  })

  it('rejects every number with one digit changed (10,000 generated)', () => {
    const corrupted = fc.tuple(validId, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 })).map(([id, position, delta]) => {
      const digit = (Number(id[position]) + delta) % 10
      return `${id.slice(0, position)}${digit}${id.slice(position + 1)}`
    })
    // A single changed digit always breaks MOD 11-2 (or the birth date).
    fc.assert(fc.property(corrupted, (id) => idNumberProblem(id, TODAY) !== undefined), { numRuns: 10_000 })
  })

  it('rejects two adjacent digits swapped when they differ (10,000 generated)', () => {
    const swapped = fc
      .tuple(validId, fc.integer({ min: 0, max: 15 }))
      .filter(([id, i]) => id[i] !== id[i + 1])
      .map(([id, i]) => `${id.slice(0, i)}${id[i + 1]}${id[i]}${id.slice(i + 2)}`)
    fc.assert(fc.property(swapped, (id) => idNumberProblem(id, TODAY) !== undefined), { numRuns: 10_000 })
  })

  it.each([
    ['21010219800101123', 'length'],
    ['2101021980010112A4', 'characters'],
    ['210102198002301234', 'birth-date'],
    ['210102203001011234', 'birth-date'],
  ])('says why %s is wrong: %s', (id, problem) => {
    expect(idNumberProblem(id, TODAY)).toBe(problem)
  })
})
