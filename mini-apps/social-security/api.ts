import { api } from '@sdk'
import type { components } from './generated/api'

export type Account = components['schemas']['Account']
export type Contribution = components['schemas']['Contribution']

const socialSecurityApi = api.enhanceEndpoints({ addTagTypes: ['social-security/Account'] }).injectEndpoints({
  endpoints: (build) => ({
    getAccount: build.query<Account, void>({
      query: () => '/social-security/account',
      providesTags: ['social-security/Account'],
    }),
  }),
})

export const { useGetAccountQuery } = socialSecurityApi
