import type { components } from '../../generated/api/shell'
import { api } from '../api/api'

export type Profile = components['schemas']['Profile']
export type Application = components['schemas']['Application']
export type Message = components['schemas']['Message']

const residentApi = api.enhanceEndpoints({ addTagTypes: ['shell/Profile', 'shell/Application', 'shell/Message'] }).injectEndpoints({
  endpoints: (build) => ({
    getProfile: build.query<Profile, void>({ query: () => '/profile', providesTags: ['shell/Profile'] }),
    getApplications: build.query<Application[], void>({ query: () => '/applications', providesTags: ['shell/Application'] }),
    getMessages: build.query<Message[], void>({ query: () => '/messages', providesTags: ['shell/Message'] }),
  }),
})

export const { useGetProfileQuery, useGetApplicationsQuery, useGetMessagesQuery } = residentApi
export const residentEndpoints = residentApi.endpoints
