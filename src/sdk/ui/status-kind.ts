/** What a status message is about; the words say it too, never the colour alone. */
export type StatusKind = 'info' | 'success' | 'warning' | 'error'

/** A mark before a status message's words. */
export const STATUS_MARK: Record<StatusKind, string> = { info: 'i', success: '✓', warning: '!', error: '✕' }
