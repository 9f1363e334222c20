import { api } from '@sdk'
import type { components } from './generated/api'

export type Appointment = components['schemas']['Appointment']
export type AppointmentStatus = Appointment['status']

const healthApi = api.enhanceEndpoints({ addTagTypes: ['health/Appointment'] }).injectEndpoints({
  endpoints: (build) => ({
    getAppointments: build.query<Appointment[], void>({
      query: () => '/health/appointments',
      providesTags: ['health/Appointment'],
    }),
  }),
})

export const { useGetAppointmentsQuery } = healthApi
