import { formatFen } from './money'

describe('formatFen', () => {
  it.each([
    [0, '¥0.00'],
    [5, '¥0.05'],
    [20000, '¥200.00'],
    [8653210, '¥86,532.10'],
    [-4250, '-¥42.50'],
  ])('formats %d fen as %s', (fen, text) => {
    expect(formatFen(fen)).toBe(text)
  })

  it('refuses fractions of a fen rather than rounding money', () => {
    expect(() => formatFen(10.5)).toThrow(RangeError)
  })
})
