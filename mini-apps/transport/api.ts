import { miniApp } from './generated/mini-app'
import type { components } from './generated/api'

export type Violation = components['schemas']['Violation']
export type ViolationStatus = Violation['status']
export type BusCard = components['schemas']['BusCard']
type BusCardHolder = components['schemas']['BusCardHolder']
type OrderRef = components['schemas']['OrderRef']

const transportApi = miniApp.api.enhanceEndpoints({ addTagTypes: ['Violation', 'BusCard'] }).injectEndpoints({
  endpoints: (build) => ({
    getViolations: build.query<Violation[], void>({
      query: () => 'violations',
      providesTags: ['Violation'],
    }),
    getBusCard: build.query<BusCardHolder, void>({
      query: () => 'bus-card',
      providesTags: ['BusCard'],
    }),
    /** The transport API creates the order; the shell's payment pays it. */
    createFineOrder: build.mutation<OrderRef, string>({
      query: (violationId) => ({ url: `violations/${encodeURIComponent(violationId)}/orders`, method: 'POST' }),
    }),
  }),
})

export const { useGetViolationsQuery, useGetBusCardQuery, useCreateFineOrderMutation } = transportApi

/** After a payment the server has the truth about which fines are paid. */
export const violationsChanged = () => transportApi.util.invalidateTags(['Violation'])
