import { http, HttpResponse } from 'msw'
import type { BusCard, Violation } from './api'

/** Happy-path data; issue-specific failures are added in tests with server.use(...). */
export const violations: Violation[] = [
  {
    id: 'v-2026-0001',
    plate: '辽A·5D2K8',
    occurredAt: '2026-10-08 08:42',
    location: '沈阳市和平区青年大街与十一纬路交叉口',
    description: '机动车违反禁令标志指示',
    points: 3,
    fineFen: 20000,
    status: 'unpaid',
  },
  {
    id: 'v-2026-0002',
    plate: '辽A·5D2K8',
    occurredAt: '2026-09-21 18:05',
    location: '沈阳市沈河区北站路',
    description: '机动车违反规定停放',
    points: 0,
    fineFen: 5000,
    status: 'unpaid',
  },
  {
    id: 'v-2026-0003',
    plate: '辽A·5D2K8',
    occurredAt: '2026-06-02 12:30',
    location: '大连市中山区人民路',
    description: '驾驶机动车不按规定使用安全带',
    points: 1,
    fineFen: 5000,
    status: 'paid',
  },
]

export const busCard: BusCard = { cardNo: '2101 0088 6612 3309', balanceFen: 4250 }

export const handlers = [
  http.get('*/api/transport/violations', () => HttpResponse.json(violations)),
  http.get('*/api/transport/bus-card', () => HttpResponse.json(busCard)),
]
