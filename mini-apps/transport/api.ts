import { api } from '@sdk'

export type ViolationStatus = 'unpaid' | 'paid'

export interface Violation {
  id: string
  plate: string
  occurredAt: string
  location: string
  description: string
  points: number
  fineFen: number
  status: ViolationStatus
}

export interface BusCard {
  cardNo: string
  balanceFen: number
}

const transportApi = api.enhanceEndpoints({ addTagTypes: ['transport/Violation', 'transport/BusCard'] }).injectEndpoints({
  endpoints: (build) => ({
    getViolations: build.query<Violation[], void>({
      query: () => '/transport/violations',
      providesTags: ['transport/Violation'],
    }),
    getBusCard: build.query<BusCard, void>({
      query: () => '/transport/bus-card',
      providesTags: ['transport/BusCard'],
    }),
  }),
})

export const { useGetViolationsQuery, useGetBusCardQuery } = transportApi
