import type { PersonaId } from '../../../mock/personas'
import type { Appointment } from '../api'

const a = (id: string, hospital: string, department: string, doctor: string, startsAt: string, status: Appointment['status']): Appointment =>
  ({ id, hospital, department, doctor, startsAt, status })

const firstHospital = '中国医科大学附属第一医院'

/** Each persona's appointments; personas not listed have none. */
export const HEALTH_SEEDS: Partial<Record<PersonaId, Appointment[]>> = {
  resident: [
    a('a-1001', firstHospital, '心血管内科', '王建国', '2026-11-28 09:30', 'booked'),
    a('a-0987', '辽宁省人民医院', '内分泌科', '李敏', '2026-10-15 14:00', 'completed'),
  ],
  patient: [
    a('a-2001', firstHospital, '心血管内科', '王建国', '2026-11-28 09:30', 'booked'),
    a('a-2002', '沈阳市第四人民医院', '眼科', '孙丽', '2026-12-03 10:00', 'booked'),
    a('a-2003', '辽宁省人民医院', '内分泌科', '李敏', '2026-11-05 08:30', 'completed'),
    a('a-2004', '盛京医院', '骨科', '周涛', '2026-10-22 15:00', 'cancelled'),
  ],
  parent: [a('a-3001', '盛京医院', '儿童保健科', '吴静', '2026-12-01 09:00', 'booked')],
  retiree: [a('a-4001', '大连医科大学附属第一医院', '老年医学科', '郑红', '2026-12-10 08:00', 'booked')],
}

export const seedHealth = (persona: PersonaId): { appointments: Appointment[] } => ({ appointments: HEALTH_SEEDS[persona] ?? [] })
