import type { components } from '../../src/generated/api/shell'
import type { PersonaId } from '../personas'
import { certificateStatus, daysBefore, EXPIRING_DAYS } from './wallet-dates'
import { WALLET_SEEDS } from './wallet-seeds'

type Message = components['schemas']['Message']

/** The certificates' names as the issuing systems write them in their notices. */
const NAMES = {
  'id-card': '居民身份证',
  'social-security-card': '社会保障卡',
  'medical-insurance-card': '医保电子凭证',
  'driving-licence': '机动车驾驶证',
  'residence-permit': '居住证',
} satisfies Record<components['schemas']['CertificateType'], string>

/**
 * What the backend sends as certificates near their end: one reminder per
 * certificate in the resident's wallet that runs out within 90 days (or
 * already has), sent the day it entered that window,
 * opening the certificate in the wallet. Derived from the wallet, so any
 * persona whose certificate is due gets one.
 */
export const expiryReminders = (persona: PersonaId, now = Date.now()): Message[] =>
  WALLET_SEEDS[persona]().flatMap((c): Message[] => {
    const status = certificateStatus(c.validUntil, now)
    if (status === 'valid') return []
    const name = NAMES[c.type]
    const expired = status === 'expired'
    // Sent the day it entered the window, which for a certificate not valid any more is today or earlier.
    const sentOn = daysBefore(c.validUntil, EXPIRING_DAYS)
    return [
      {
        id: `m-expiry-${c.type}`,
        kind: 'certificate-expiry',
        title: `${name}${expired ? '已过期' : '即将到期'}`,
        body: expired
          ? `您的${name}已于 ${c.validUntil} 到期，请尽快申请换领。`
          : `您的${name}将于 ${c.validUntil} 到期，请在到期前申请换领。`,
        sentAt: `${sentOn}T09:00:00+08:00`,
        read: false,
        target: { kind: 'certificate', type: c.type },
      },
    ]
  })
