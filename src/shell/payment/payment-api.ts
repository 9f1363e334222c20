import type { components } from '../../generated/api/shell'
import { api } from '../api/api'

export type Order = components['schemas']['Order']
export type PrepayParams = components['schemas']['PrepayParams']

const paymentApi = api.enhanceEndpoints({ addTagTypes: ['shell/Order'] }).injectEndpoints({
  endpoints: (build) => ({
    listOrders: build.query<Order[], void>({ query: () => '/payments', providesTags: ['shell/Order'] }),
    getOrder: build.query<Order, string>({ query: (id) => `/payments/${encodeURIComponent(id)}`, providesTags: ['shell/Order'] }),
    prepay: build.mutation<PrepayParams, { orderId: string; idempotencyKey: string }>({
      query: ({ orderId, idempotencyKey }) => ({
        url: `/payments/${encodeURIComponent(orderId)}/prepay`,
        method: 'POST',
        headers: { 'Idempotency-Key': idempotencyKey },
      }),
    }),
    confirmCashier: build.mutation<Order, string>({
      query: (id) => ({ url: `/cashier/${encodeURIComponent(id)}/confirm`, method: 'POST' }),
      invalidatesTags: ['shell/Order'],
    }),
  }),
})

export const { useListOrdersQuery, useGetOrderQuery, useConfirmCashierMutation } = paymentApi
export const paymentEndpoints = paymentApi.endpoints
