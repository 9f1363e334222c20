import type { components } from '../../generated/api/shell'
import { api } from '../api/api'

export type Profile = components['schemas']['Profile']
export type Application = components['schemas']['Application']
export type UnreadCount = components['schemas']['UnreadCount']

/**
 * What Home and My show on every visit. The message centre's list and its
 * read calls live with its page (messages/messages-api.ts) and share the
 * `shell/Message` tag, so marking one read refreshes this count too.
 */
const residentApi = api.enhanceEndpoints({ addTagTypes: ['shell/Profile', 'shell/Application', 'shell/Message'] }).injectEndpoints({
  endpoints: (build) => ({
    getProfile: build.query<Profile, void>({ query: () => '/profile', providesTags: ['shell/Profile'] }),
    getApplications: build.query<Application[], void>({ query: () => '/applications', providesTags: ['shell/Application'] }),
    getUnreadCount: build.query<UnreadCount, void>({ query: () => '/messages/unread-count', providesTags: ['shell/Message'] }),
  }),
})

export const { useGetProfileQuery, useGetApplicationsQuery, useGetUnreadCountQuery } = residentApi
export const residentEndpoints = residentApi.endpoints
