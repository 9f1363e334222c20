const DAY_MS = 24 * 60 * 60 * 1000

/** A date `days` from today, as yyyy-mm-dd in China's time zone (UTC+8). */
export const dateFromToday = (days: number, now = Date.now()): string => new Date(now + 8 * 60 * 60 * 1000 + days * DAY_MS).toISOString().slice(0, 10)

/** The yyyy-mm-dd date `days` before another. */
export const daysBefore = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10)

/** A certificate is expiring within this many days of its last valid day, and its holder is reminded from then. */
export const EXPIRING_DAYS = 90

/** Whether a certificate valid until `validUntil` (yyyy-mm-dd) is valid, expiring or expired on the mock's today. */
export const certificateStatus = (validUntil: string, now = Date.now()): 'valid' | 'expiring' | 'expired' =>
  validUntil < dateFromToday(0, now) ? 'expired' : validUntil <= dateFromToday(EXPIRING_DAYS, now) ? 'expiring' : 'valid'

/**
 * The driver's licence runs out 51 days after the mock's today, so it is
 * "expiring" (within 90 days) whenever the tests run; the wallet seed takes the date
 * from here, and its expiry reminder follows (expiry-reminders.ts).
 */
export const driverLicenceExpiry = (): string => dateFromToday(51)
