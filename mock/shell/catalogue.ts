import { http, HttpResponse } from 'msw'
import { catalogue } from '../generated/catalogue'

/** GET /api/catalogue?target=h5: the scenarios offered on a target, built from the manifests. */
export const catalogueHandlers = [
  http.get('*/api/catalogue', ({ request }) => {
    const target = new URL(request.url).searchParams.get('target')
    return HttpResponse.json(target ? catalogue.filter((entry) => (entry.targets as string[]).includes(target)) : catalogue)
  }),
]
