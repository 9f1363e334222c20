import type { PersonaId } from '../../../mock/personas'
import type { Account } from '../api'

const monthly = (months: string[], pensionFen: number, medicalFen: number): Account['recent'] =>
  months.flatMap((month) => [
    { month, kind: 'pension' as const, amountFen: pensionFen },
    { month, kind: 'medical' as const, amountFen: medicalFen },
  ])

/** Each persona's insurance record; personas not listed have none (the API answers 404). */
export const SOCIAL_SECURITY_SEEDS: Partial<Record<PersonaId, Account>> = {
  resident: {
    insuredSince: '2003-07', city: '沈阳市', status: 'active', pensionBalanceFen: 8_653_210, medicalBalanceFen: 312_480,
    contributionMonths: 279, recent: monthly(['2026-10', '2026-09'], 68_400, 17_100),
  },
  retiree: {
    insuredSince: '1988-09', city: '大连市', status: 'active', pensionBalanceFen: 21_406_730, medicalBalanceFen: 958_020,
    contributionMonths: 437, recent: monthly(['2026-10', '2026-09'], 91_200, 22_800),
    retirement: { eligibleOn: '2026-03-08', idCardBirthDate: '1966-03-08', archiveBirthDate: '1965-11-08' },
  },
  driver: {
    insuredSince: '2010-03', city: '沈阳市', status: 'active', pensionBalanceFen: 4_102_550, medicalBalanceFen: 186_300,
    contributionMonths: 200, recent: monthly(['2026-10', '2026-09'], 61_500, 15_380),
  },
  parent: {
    insuredSince: '2014-07', city: '沈阳市', status: 'active', pensionBalanceFen: 2_870_040, medicalBalanceFen: 95_660,
    contributionMonths: 148, recent: monthly(['2026-10', '2026-09'], 55_800, 13_950),
  },
  patient: {
    insuredSince: '1998-01', city: '抚顺市', status: 'suspended', pensionBalanceFen: 12_330_900, medicalBalanceFen: 40_120,
    contributionMonths: 312, recent: monthly(['2026-06'], 66_000, 16_500),
  },
  'hr-agent': {
    insuredSince: '2012-05', city: '沈阳市', status: 'active', pensionBalanceFen: 3_550_800, medicalBalanceFen: 120_770,
    contributionMonths: 174, recent: monthly(['2026-10', '2026-09'], 64_000, 16_000),
  },
}

export const seedSocialSecurity = (persona: PersonaId): { account: Account | null } => ({ account: SOCIAL_SECURITY_SEEDS[persona] ?? null })
