import { http, HttpResponse } from 'msw'
import { defineDomainStore } from '../kit/domain-store'
import { apiError, readJson } from '../kit/responses'

/** At most this many favourites per resident, as the contract says. */
export const FAVOURITES_LIMIT = 200
const SERVICE_ID = /^[a-z0-9-]{1,64}$/

/** The signed-in resident's favourites (the guard lets only a session through), newest first. */
const favourites = defineDomainStore(() => ({ ids: [] as string[] }))

const isIdList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string' && SERVICE_ID.test(v))
const answer = () => HttpResponse.json({ ids: favourites.data.ids })

export const favouriteHandlers = [
  http.get('*/api/favourites', answer),
  http.post('*/api/favourites', async ({ request }) => {
    const body = (await readJson(request)) as { ids?: unknown } | null
    if (!isIdList(body?.ids)) return apiError(400, 'INVALID_FAVOURITES', '收藏列表格式不正确')
    const kept = favourites.data.ids
    favourites.data.ids = [...kept, ...body.ids.filter((id, i, all) => !kept.includes(id) && all.indexOf(id) === i)].slice(0, FAVOURITES_LIMIT)
    return answer()
  }),
  http.put('*/api/favourites/:serviceId', ({ params }) => {
    const id = String(params.serviceId)
    if (!SERVICE_ID.test(id)) return apiError(400, 'INVALID_SERVICE', '服务编号不正确')
    favourites.data.ids = [id, ...favourites.data.ids.filter((f) => f !== id)].slice(0, FAVOURITES_LIMIT)
    return answer()
  }),
  http.delete('*/api/favourites/:serviceId', ({ params }) => {
    favourites.data.ids = favourites.data.ids.filter((f) => f !== String(params.serviceId))
    return answer()
  }),
]
