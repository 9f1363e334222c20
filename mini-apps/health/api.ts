import { miniApp } from './generated/mini-app'
import type { components } from './generated/api'

export type Appointment = components['schemas']['Appointment']
export type AppointmentStatus = Appointment['status']

const healthApi = miniApp.api.enhanceEndpoints({ addTagTypes: ['Appointment'] }).injectEndpoints({
  endpoints: (build) => ({
    getAppointments: build.query<Appointment[], void>({
      query: () => 'appointments',
      providesTags: ['Appointment'],
    }),
  }),
})

export const { useGetAppointmentsQuery } = healthApi
