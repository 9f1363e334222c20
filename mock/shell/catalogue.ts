import { http, HttpResponse } from 'msw'
import { servedCatalogue, guideFor } from '../catalogue/served-guides'
import { catalogue } from '../generated/catalogue'
import { notFound } from '../kit/responses'

/** Does an If-None-Match header name this version (a list, weak or strong)? */
const matchesEtag = (header: string | null, version: string): boolean =>
  !!header && header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === `"${version}"`)

/**
 * The catalogue:
 * - GET /api/catalogue?target=h5: the native mini-apps from the manifests (today's Home and Services);
 * - GET /api/catalogue/index: the whole catalogue as a compact index. With the
 *   version the client holds (`?version=` or If-None-Match) and nothing
 *   changed, a few bytes instead (see openapi.yaml);
 * - GET /api/catalogue/guides/:id: one service guide.
 */
export const catalogueHandlers = [
  http.get('*/api/catalogue', ({ request }) => {
    const target = new URL(request.url).searchParams.get('target')
    return HttpResponse.json(target ? catalogue.filter((entry) => (entry.targets as string[]).includes(target)) : catalogue)
  }),
  http.get('*/api/catalogue/index', async ({ request }) => {
    const { index } = await servedCatalogue()
    const etag = `"${index.version}"`
    if (matchesEtag(request.headers.get('If-None-Match'), index.version)) return new HttpResponse(null, { status: 304, headers: { ETag: etag } })
    if (new URL(request.url).searchParams.get('version') === index.version) return HttpResponse.json({ unchanged: true, version: index.version })
    const { catalogueIndexJson } = await import('../generated/catalogue-index')
    return new HttpResponse(catalogueIndexJson, { headers: { 'Content-Type': 'application/json', ETag: etag } })
  }),
  http.get('*/api/catalogue/guides/:id', async ({ params }) => {
    const id = String(params.id)
    const guide = await guideFor(id)
    return guide ? HttpResponse.json(guide) : notFound(`No service guide for ${id}`, 'GUIDE_NOT_FOUND')
  }),
]
