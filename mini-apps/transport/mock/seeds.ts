import type { PersonaId } from '../../../mock/personas'
import type { BusCard, Violation } from '../api'

export interface TransportData {
  violations: Violation[]
  busCard: BusCard | null
}

const v = (id: string, plate: string, occurredAt: string, location: string, description: string, points: number, fineFen: number, status: Violation['status']): Violation =>
  ({ id, plate, occurredAt, location, description, points, fineFen, status })

const residentViolations = [
  v('v-2026-0001', '辽A·5D2K8', '2026-10-08 08:42', '沈阳市和平区青年大街与十一纬路交叉口', '机动车违反禁令标志指示', 3, 20000, 'unpaid'),
  v('v-2026-0002', '辽A·5D2K8', '2026-09-21 18:05', '沈阳市沈河区北站路', '机动车违反规定停放', 0, 5000, 'unpaid'),
  v('v-2026-0003', '辽A·5D2K8', '2026-06-02 12:30', '大连市中山区人民路', '驾驶机动车不按规定使用安全带', 1, 5000, 'paid'),
]

/** Each persona's vehicles and card; personas not listed have neither. */
export const TRANSPORT_SEEDS: Partial<Record<PersonaId, TransportData>> = {
  resident: { violations: residentViolations, busCard: { cardNo: '2101 0088 6612 3309', balanceFen: 4250 } },
  driver: {
    violations: [
      v('v-2026-0101', '辽A·5D2K8', '2026-11-19 07:55', '沈阳市浑南区浑南中路', '机动车行驶超过规定时速 20% 以上未达 50%', 6, 20000, 'unpaid'),
      ...residentViolations,
      v('v-2025-0917', '辽B·7Q3M1', '2025-09-14 21:10', '大连市甘井子区华北路', '机动车不按规定车道行驶', 2, 10000, 'paid'),
    ],
    busCard: { cardNo: '2101 0066 1020 4471', balanceFen: 320 },
  },
  parent: { violations: [], busCard: { cardNo: '2101 0032 5508 9120', balanceFen: 12800 } },
  retiree: { violations: [], busCard: { cardNo: '2102 0019 7701 3356', balanceFen: 5660 } },
}

export const seedTransport = (persona: PersonaId): TransportData => TRANSPORT_SEEDS[persona] ?? { violations: [], busCard: null }
