import type { components } from '../../generated/api/shell'
import { api } from '../api/api'

export type Message = components['schemas']['Message']
export type MessageTarget = components['schemas']['MessageTarget']
type UnreadCount = components['schemas']['UnreadCount']

/**
 * 消息中心's endpoints, loaded with its page. Every one shares the
 * `shell/Message` tag with the unread count on Home and My (resident-api.ts),
 * so reading a message refreshes the list, the count and the tab badge.
 */
export const messagesApi = api.enhanceEndpoints({ addTagTypes: ['shell/Message'] }).injectEndpoints({
  endpoints: (build) => ({
    listMessages: build.query<Message[], void>({ query: () => '/messages', providesTags: ['shell/Message'] }),
    markMessageRead: build.mutation<Message, string>({
      query: (id) => ({ url: `/messages/${encodeURIComponent(id)}/read`, method: 'POST' }),
      invalidatesTags: ['shell/Message'],
    }),
    markAllMessagesRead: build.mutation<UnreadCount, void>({
      query: () => ({ url: '/messages/read-all', method: 'POST' }),
      invalidatesTags: ['shell/Message'],
    }),
  }),
  overrideExisting: false,
})

export const { useListMessagesQuery, useMarkMessageReadMutation, useMarkAllMessagesReadMutation } = messagesApi
