import type { components } from '../../src/generated/api/shell'
import type { PersonaId } from '../personas'
import { dateFromToday } from './wallet-dates'
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

/** How long before a certificate runs out the backend reminds its holder. */
export const REMIND_DAYS = 90

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * What the backend sends as certificates near their end: one reminder per
 * certificate in the resident's wallet that runs out within 90 days (or
 * already has), sent the day it entered that window (today at the latest),
 * opening the certificate in the wallet. Derived from the wallet, so any
 * persona whose certificate is due gets one.
 */
export const expiryReminders = (persona: PersonaId, now = Date.now()): Message[] =>
  WALLET_SEEDS[persona]()
    .filter((c) => c.validUntil <= dateFromToday(REMIND_DAYS, now))
    .map((c) => {
      const name = NAMES[c.type]
      const expired = c.validUntil < dateFromToday(0, now)
      const sentOn = new Date(Math.min(now, Date.parse(`${c.validUntil}T09:00:00+08:00`) - REMIND_DAYS * DAY_MS) + 8 * 60 * 60 * 1000).toISOString().slice(0, 10)
      return {
        id: `m-expiry-${c.type}`,
        kind: 'certificate-expiry',
        title: `${name}${expired ? '已过期' : '即将到期'}`,
        body: expired ? `您的${name}已于 ${c.validUntil} 到期，请尽快申请换领。` : `您的${name}将于 ${c.validUntil} 到期，请在到期前申请换领。`,
        sentAt: `${sentOn}T09:00:00+08:00`,
        read: false,
        target: { kind: 'certificate', type: c.type },
      }
    })
