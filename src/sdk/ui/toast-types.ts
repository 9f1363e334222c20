import type { StatusKind } from './status-kind'

/** What `Toast` takes: the message (or null), its kind, and how it is cleared. */
export interface ToastProps {
  /** The message to show, or null for none. */
  message: string | null
  /** What the message is about (info, success, warning, error), shown with a mark as well as colour. Default info. */
  kind?: StatusKind
  /** How long the toast stays outside elder mode. */
  durationMs?: number
  /** Called when the toast has gone (or the elder-mode message is dismissed): clear `message` here. */
  onClose: () => void
}
