import { api } from '@sdk'

export type InsuranceKind = 'pension' | 'medical' | 'unemployment'

export interface Contribution {
  month: string
  kind: InsuranceKind
  amountFen: number
}

export interface SocialSecurityAccount {
  insuredSince: string
  city: string
  status: 'active' | 'suspended'
  pensionBalanceFen: number
  medicalBalanceFen: number
  contributionMonths: number
  recent: Contribution[]
}

const socialSecurityApi = api.enhanceEndpoints({ addTagTypes: ['social-security/Account'] }).injectEndpoints({
  endpoints: (build) => ({
    getAccount: build.query<SocialSecurityAccount, void>({
      query: () => '/social-security/account',
      providesTags: ['social-security/Account'],
    }),
  }),
})

export const { useGetAccountQuery } = socialSecurityApi
