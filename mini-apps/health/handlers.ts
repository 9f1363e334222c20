import { http, HttpResponse } from 'msw'
import type { Appointment } from './api'

export const appointments: Appointment[] = [
  {
    id: 'a-1001',
    hospital: '中国医科大学附属第一医院',
    department: '心血管内科',
    doctor: '王建国',
    startsAt: '2026-11-28 09:30',
    status: 'booked',
  },
  {
    id: 'a-0987',
    hospital: '辽宁省人民医院',
    department: '内分泌科',
    doctor: '李敏',
    startsAt: '2026-10-15 14:00',
    status: 'completed',
  },
]

export const handlers = [http.get('*/api/health/appointments', () => HttpResponse.json(appointments))]
