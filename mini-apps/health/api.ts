import { api } from '@sdk'

export type AppointmentStatus = 'booked' | 'completed' | 'cancelled'

export interface Appointment {
  id: string
  hospital: string
  department: string
  doctor: string
  startsAt: string
  status: AppointmentStatus
}

const healthApi = api.enhanceEndpoints({ addTagTypes: ['health/Appointment'] }).injectEndpoints({
  endpoints: (build) => ({
    getAppointments: build.query<Appointment[], void>({
      query: () => '/health/appointments',
      providesTags: ['health/Appointment'],
    }),
  }),
})

export const { useGetAppointmentsQuery } = healthApi
