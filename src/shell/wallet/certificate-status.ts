import type { TagTone } from '../../sdk/ui/chip'
import type { WalletCertificate } from './wallet-api'

/** The tag's colour for a status; the words always say it too. */
export const STATUS_TONE: Record<WalletCertificate['status'], TagTone> = { valid: 'success', expiring: 'warning', expired: 'danger' }
