import type { components } from '../../generated/api/shell'
import { api } from '../api/api'

export type FamilyMember = components['schemas']['FamilyMember']
export type NewFamilyMember = components['schemas']['NewFamilyMember']

const familyApi = api.enhanceEndpoints({ addTagTypes: ['shell/Family'] }).injectEndpoints({
  endpoints: (build) => ({
    listFamily: build.query<FamilyMember[], void>({ query: () => '/family', providesTags: ['shell/Family'] }),
    addFamilyMember: build.mutation<FamilyMember, NewFamilyMember>({
      query: (body) => ({ url: '/family', method: 'POST', body }),
      invalidatesTags: ['shell/Family'],
    }),
    removeFamilyMember: build.mutation<null, string>({
      query: (id) => ({ url: `/family/${encodeURIComponent(id)}`, method: 'DELETE' }),
      invalidatesTags: ['shell/Family'],
    }),
  }),
})

export const { useListFamilyQuery, useAddFamilyMemberMutation, useRemoveFamilyMemberMutation } = familyApi
