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
