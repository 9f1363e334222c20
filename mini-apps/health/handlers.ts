import { http, HttpResponse } from 'msw'
import { defineDomainStore } from '../../mock/kit/domain-store'
import { seedHealth } from './mock/seeds'

const store = defineDomainStore(seedHealth)

export const handlers = [http.get('*/api/health/appointments', () => HttpResponse.json(store.data.appointments))]
