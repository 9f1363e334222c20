import { http, HttpResponse } from 'msw'
import type { SocialSecurityAccount } from './api'

export const account: SocialSecurityAccount = {
  insuredSince: '2003-07',
  city: '沈阳市',
  status: 'active',
  pensionBalanceFen: 8_653_210,
  medicalBalanceFen: 312_480,
  contributionMonths: 279,
  recent: [
    { month: '2026-10', kind: 'pension', amountFen: 68_400 },
    { month: '2026-10', kind: 'medical', amountFen: 17_100 },
    { month: '2026-09', kind: 'pension', amountFen: 68_400 },
    { month: '2026-09', kind: 'medical', amountFen: 17_100 },
  ],
}

export const handlers = [http.get('*/api/social-security/account', () => HttpResponse.json(account))]
