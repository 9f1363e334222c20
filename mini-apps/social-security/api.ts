import { miniApp } from './generated/mini-app'
import type { components } from './generated/api'

export type Account = components['schemas']['Account']
export type Contribution = components['schemas']['Contribution']

const socialSecurityApi = miniApp.api.enhanceEndpoints({ addTagTypes: ['Account'] }).injectEndpoints({
  endpoints: (build) => ({
    getAccount: build.query<Account, void>({
      query: () => 'account',
      providesTags: ['Account'],
    }),
  }),
})

export const { useGetAccountQuery } = socialSecurityApi
