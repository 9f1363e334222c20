import type { components } from '../../src/generated/api/shell'
import { maskIdNumber, maskName, maskPhone } from '../../src/shell/privacy/mask'
import { defineDomainStore } from '../kit/domain-store'
import { expiryReminders } from './expiry-reminders'
import { RESIDENTS, type Identity } from './seeds'

type Profile = components['schemas']['Profile']

/** The resident's own data, seeded per persona, with the expiry reminders their wallet calls for; verification and submissions change it. */
export const residentStore = defineDomainStore((persona) => ({ ...RESIDENTS[persona], messages: [...expiryReminders(persona), ...RESIDENTS[persona].messages] }))

/** What the API shows of an identity: masked, as on every screen. */
export const profileOf = ({ name, idNumber, phone, level, actingFor, enterprise }: Identity): Profile => ({
  displayName: name ? maskName(name) : `尾号${phone.slice(-4)}用户`,
  level,
  phoneMasked: maskPhone(phone),
  ...(idNumber ? { idNumberMasked: maskIdNumber(idNumber) } : {}),
  ...(actingFor ? { actingFor } : {}),
  ...(enterprise ? { enterprise } : {}),
})
