import type { components } from '../../generated/api/shell'
import { api } from '../api/api'

export type Grant = components['schemas']['Grant']

const consentApi = api.enhanceEndpoints({ addTagTypes: ['shell/Consent'] }).injectEndpoints({
  endpoints: (build) => ({
    listConsents: build.query<Grant[], void>({ query: () => '/consents', providesTags: ['shell/Consent'] }),
    grantConsent: build.mutation<Grant, { miniAppId: string; scope: string }>({
      query: ({ miniAppId, scope }) => ({ url: `/consents/${encodeURIComponent(miniAppId)}/${encodeURIComponent(scope)}`, method: 'PUT' }),
      invalidatesTags: ['shell/Consent'],
    }),
    revokeConsent: build.mutation<null, { miniAppId: string; scope: string }>({
      query: ({ miniAppId, scope }) => ({ url: `/consents/${encodeURIComponent(miniAppId)}/${encodeURIComponent(scope)}`, method: 'DELETE' }),
      invalidatesTags: ['shell/Consent'],
    }),
  }),
})

export const { useListConsentsQuery, useRevokeConsentMutation } = consentApi
export const consentEndpoints = consentApi.endpoints
