const DAY_MS = 24 * 60 * 60 * 1000

/** A date `days` from today, as yyyy-mm-dd in China's time zone (UTC+8). */
export const dateFromToday = (days: number, now = Date.now()): string => new Date(now + 8 * 60 * 60 * 1000 + days * DAY_MS).toISOString().slice(0, 10)

/**
 * The driver's licence runs out 51 days after the mock's today, so it is
 * "expiring" (within 90 days) whenever the tests run; the wallet seed takes the date
 * from here, and its expiry reminder follows (expiry-reminders.ts).
 */
export const driverLicenceExpiry = (): string => dateFromToday(51)
