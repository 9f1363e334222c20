/**
 * Resident ID numbers (GB 11643-1999): 6-digit region, 8-digit birth date,
 * 3-digit sequence, and a MOD 11-2 check character (0-9 or X).
 * Checked locally before the server is asked, so a typo is caught at once.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

export type IdNumberProblem = 'length' | 'characters' | 'birth-date' | 'check-digit'

/** The check character for the first 17 digits. */
export const checkCharacter = (first17: string): string => {
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(first17[i]), 0)
  return CHECK_CHARS[sum % 11]
}

const validBirthDate = (yyyymmdd: string, today: Date): boolean => {
  const year = Number(yyyymmdd.slice(0, 4))
  const month = Number(yyyymmdd.slice(4, 6))
  const day = Number(yyyymmdd.slice(6, 8))
  const date = new Date(Date.UTC(year, month - 1, day))
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  return real && year >= 1900 && date.getTime() <= today.getTime()
}

/** Why an ID number is wrong, or undefined when it is well formed. */
export const idNumberProblem = (input: string, today: Date = new Date()): IdNumberProblem | undefined => {
  const id = input.trim().toUpperCase()
  if (id.length !== 18) return 'length'
  if (!/^\d{17}[\dX]$/.test(id)) return 'characters'
  if (!validBirthDate(id.slice(6, 14), today)) return 'birth-date'
  if (checkCharacter(id.slice(0, 17)) !== id[17]) return 'check-digit'
  return undefined
}

export const isValidIdNumber = (input: string, today?: Date): boolean => idNumberProblem(input, today) === undefined
