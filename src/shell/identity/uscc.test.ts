import fc from 'fast-check'
import { ORGANISATION_TYPES, USCC_ALPHABET, isValidUscc, organisationCodeCheck, usccCheckCharacter, usccProblem } from './uscc'
import { usccProblemText } from './uscc-text'

const RUNS = { numRuns: 10_000 }
const alphabetChar = fc.constantFrom(...USCC_ALPHABET.split(''))

/** Any well-formed code: an authority and one of its types, a division, an organisation code with its check, then MOD 31. */
const validUscc = fc
  .tuple(
    fc.constantFrom(...Object.entries(ORGANISATION_TYPES)).chain(([authority, types]) => fc.constantFrom(...types.split('')).map((t) => authority + t)),
    fc.integer({ min: 0, max: 999_999 }).map((n) => String(n).padStart(6, '0')),
    fc.array(alphabetChar, { minLength: 8, maxLength: 8 }).map((chars) => chars.join('')),
  )
  .map(([head, division, body]) => {
    const first17 = `${head}${division}${body}${organisationCodeCheck(body)}`
    return first17 + usccCheckCharacter(first17)
  })

describe('unified social credit codes (GB 32100)', () => {
  it.each([
    '91440300708461136T',
    '91330100799655058B',
    '914403001922038216',
    '12100000400000624D',
  ])('accepts the real code %s', (code) => {
    expect(usccProblem(code)).toBeUndefined()
  })

  it('forgives spaces around the code and lower case', () => {
    expect(isValidUscc(' 91330100799655058b ')).toBe(true)
  })

  it('accepts every well-formed code (10,000 generated)', () => {
    fc.assert(fc.property(validUscc, (code) => usccProblem(code) === undefined), RUNS)
  })

  it('rejects every code with one character changed, anywhere (10,000 generated)', () => {
    // MOD 31 is prime and every weight is non-zero mod 31, so any single substitution changes the sum.
    const anyChar = fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''))
    const changed = fc
      .tuple(validUscc, fc.integer({ min: 0, max: 17 }), anyChar)
      .filter(([code, i, char]) => code[i] !== char)
      .map(([code, i, char]) => `${code.slice(0, i)}${char}${code.slice(i + 1)}`)
    fc.assert(fc.property(changed, (code) => usccProblem(code) !== undefined), RUNS)
  })

  it('rejects two adjacent different characters swapped within the first 17 (10,000 generated)', () => {
    // The 17 weights 3^i mod 31 are all distinct, so swapping unequal neighbours always changes the sum.
    // A swap with the check character itself (16 ↔ 17) is not covered by the maths, so it is not claimed.
    const swapped = fc
      .tuple(validUscc, fc.integer({ min: 0, max: 15 }))
      .filter(([code, i]) => code[i] !== code[i + 1])
      .map(([code, i]) => `${code.slice(0, i)}${code[i + 1]}${code[i]}${code.slice(i + 2)}`)
    fc.assert(fc.property(swapped, (code) => usccProblem(code) !== undefined), RUNS)
  })

  it('rejects a code whose organisation code fails GB 11714, even with a right MOD 31 character (10,000 generated)', () => {
    const forged = fc
      .tuple(validUscc, fc.constantFrom(...'0123456789X'.split('')))
      .filter(([code, check]) => code[16] !== check)
      .map(([code, check]) => {
        const first17 = code.slice(0, 16) + check
        return first17 + usccCheckCharacter(first17)
      })
    fc.assert(fc.property(forged, (code) => usccProblem(code) === 'organisation-code'), RUNS)
  })

  it.each([
    ['9133010079965505', 'length'],
    ['91330100799655058BB', 'length'],
    ['91330100799655O58B', 'characters'],
    ['9133010079965I058B', 'characters'],
    ['B1330100799655058B', 'authority'],
    ['95330100799655058B', 'organisation-type'],
    ['Y2330100799655058B', 'organisation-type'],
    ['9133A100799655058B', 'division'],
    ['91330100799655058C', 'check-character'],
  ])('says why %s is wrong: %s', (code, problem) => {
    expect(usccProblem(code)).toBe(problem)
  })

  it('has residents’ text for every reason, in both languages', () => {
    const reasons = ['length', 'characters', 'authority', 'organisation-type', 'division', 'check-character', 'organisation-code']
    expect(Object.keys(usccProblemText['zh-CN']).sort()).toEqual([...reasons].sort())
    expect(Object.keys(usccProblemText.en).sort()).toEqual([...reasons].sort())
  })
})
