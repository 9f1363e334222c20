import type { components } from '../../generated/api/shell'
import { api } from '../api/api'

/** An order as the payment service keeps it: amounts in fen, one mini-app's, with its state. */
export type Order = components['schemas']['Order']
export type PrepayParams = components['schemas']['PrepayParams']

const paymentApi = api.enhanceEndpoints({ addTagTypes: ['shell/Order'] }).injectEndpoints({
  endpoints: (build) => ({
    listOrders: build.query<Order[], void>({ query: () => '/payments', providesTags: ['shell/Order'] }),
    getOrder: build.query<Order, string>({ query: (id) => `/payments/${encodeURIComponent(id)}`, providesTags: ['shell/Order'] }),
    payInSandboxCashier: build.mutation<Order, string>({
      query: (id) => ({ url: `/sandbox/cashier/${encodeURIComponent(id)}/pay`, method: 'POST' }),
      invalidatesTags: ['shell/Order'],
    }),
  }),
})

export const { useListOrdersQuery, useGetOrderQuery, usePayInSandboxCashierMutation } = paymentApi
export const paymentEndpoints = paymentApi.endpoints
