/**
 * Amounts travel as integer fen so no float rounding ever reaches a bill;
 * they are shown as yuan with two decimals, e.g. 12345 → "¥123.45".
 */
export const formatFen = (fen: number): string => {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`formatFen expects whole fen, got ${fen}`)
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  const yuan = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const cents = (abs % 100).toString().padStart(2, '0')
  return `${sign}¥${yuan}.${cents}`
}

/** The most a resident may type as one amount: ¥100,000,000.00, well inside safe integers. */
const MAX_FEN = 10_000_000_000

/**
 * What a resident types as yuan, as integer fen: "12", "12.3", "12.34" and
 * "1,234.50" are accepted; anything else (a third decimal, a sign, letters,
 * an amount over ¥100,000,000) gives undefined, so a form can say why.
 */
export const parseYuan = (input: string): number | undefined => {
  const text = input.trim().replace(/^¥/, '').replace(/,(?=\d{3}(\D|$))/g, '')
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(text)
  if (!match) return undefined
  const fen = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
  return fen <= MAX_FEN ? fen : undefined
}
