import type { components } from '../../src/generated/api/shell'
import type { PersonaId } from '../personas'
import { RESIDENTS } from './seeds'
import { driverLicenceExpiry } from './wallet-dates'

type CertificateType = components['schemas']['CertificateType']

/** A certificate as the issuing registry holds it; the API masks it unless a reveal or a consented mini-app read asks. */
export interface HeldCertificate {
  type: CertificateType
  number: string
  issuer: string
  /** yyyy-mm-dd */
  validUntil: string
}

const SOCIAL = '辽宁省人力资源和社会保障厅'
const MEDICAL = '辽宁省医疗保障局'
const idOf = (persona: PersonaId) => RESIDENTS[persona].identity.idNumber ?? ''

/** The three cards every verified resident holds: ID card, social-security card (社保卡) and medical-insurance e-voucher (医保电子凭证). */
const basics = (persona: PersonaId, idIssuer: string, idValidUntil: string, card: string, medical: string): HeldCertificate[] => [
  { type: 'id-card', number: idOf(persona), issuer: idIssuer, validUntil: idValidUntil },
  { type: 'social-security-card', number: card, issuer: SOCIAL, validUntil: '2034-06-30' },
  { type: 'medical-insurance-card', number: medical, issuer: MEDICAL, validUntil: '2031-12-31' },
]

/**
 * Each persona's wallet (电子证照). The new user has not verified their real
 * name, so the registries know nothing of them yet and the wallet is empty.
 */
export const WALLET_SEEDS: Record<PersonaId, () => HeldCertificate[]> = {
  resident: () => [
    ...basics('resident', '沈阳市公安局和平分局', '2035-03-12', 'SY0381235', 'E21010000458123901'),
    // Renewed in the case a-2026-0920 (机动车驾驶证换证): the new licence runs ten years.
    { type: 'driving-licence', number: idOf('resident'), issuer: '沈阳市公安局交通警察支队车辆管理所', validUntil: '2036-09-21' },
  ],
  'new-user': () => [],
  retiree: () => basics('retiree', '大连市公安局中山分局', '2031-05-20', 'DL0166402', 'E21020000127766055'),
  driver: () => [
    ...basics('driver', '沈阳市公安局大东分局', '2029-06-15', 'SY0790615', 'E21010000893310472'),
    { type: 'driving-licence', number: idOf('driver'), issuer: '沈阳市公安局交通警察支队车辆管理所', validUntil: driverLicenceExpiry() },
  ],
  parent: () => basics('parent', '沈阳市公安局和平分局', '2032-02-07', 'SY0920207', 'E21010000660291318'),
  patient: () => [
    ...basics('patient', '抚顺市公安局新抚分局', '2030-11-20', 'FS0601120', 'E21040000371180246'),
    // Registered in Fushun, treated and living in Shenyang.
    { type: 'residence-permit', number: idOf('patient'), issuer: '沈阳市公安局沈河分局', validUntil: '2028-08-31' },
  ],
  'hr-agent': () => basics('hr-agent', '沈阳市公安局沈河分局', '2033-05-01', 'SY0880501', 'E21010000552107733'),
}
