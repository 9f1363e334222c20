import type { BaseQueryApi } from '@reduxjs/toolkit/query'
import { delay, http, HttpResponse } from 'msw'
import { server } from '@test/msw-server'
import { taroBaseQuery } from './base-query'
import { holdRequestsUntil } from './request-gate'

const query = taroBaseQuery('/api', { timeoutMs: 200 })
const call = (args: Parameters<typeof query>[0]) => query(args, {} as BaseQueryApi, {})

describe('taroBaseQuery', () => {
  it('returns the JSON body of a 2xx response as data', async () => {
    server.use(http.get('*/api/probe', () => HttpResponse.json({ ok: true })))
    expect(await call('/probe')).toEqual({ data: { ok: true } })
  })

  it('sends params in the query string and a JSON body', async () => {
    let seen: { url: string; body: unknown } | undefined
    server.use(
      http.post('*/api/probe', async ({ request }) => {
        seen = { url: request.url, body: await request.json() }
        return HttpResponse.json({})
      }),
    )
    await call({ url: '/probe', method: 'POST', body: { plate: '辽A' }, params: { page: 2, skip: undefined } })
    expect(seen?.url).toMatch(/\/api\/probe\?page=2$/)
    expect(seen?.body).toEqual({ plate: '辽A' })
  })

  it('turns a 401 into an unauthenticated error', async () => {
    server.use(http.get('*/api/probe', () => new HttpResponse(null, { status: 401 })))
    expect(await call('/probe')).toEqual({ error: { kind: 'unauthenticated', status: 401 } })
  })

  it("keeps the server's code and message from an error body", async () => {
    server.use(http.get('*/api/probe', () => HttpResponse.json({ code: 'PLATE_UNKNOWN', message: '车牌号不存在' }, { status: 422 })))
    expect(await call('/probe')).toEqual({ error: { kind: 'http', status: 422, code: 'PLATE_UNKNOWN', message: '车牌号不存在' } })
  })

  it('ignores an error body that is not ours', async () => {
    server.use(http.get('*/api/probe', () => new HttpResponse('<html>Bad gateway</html>', { status: 502 })))
    expect(await call('/probe')).toEqual({ error: { kind: 'http', status: 502 } })
  })

  it('turns a failed connection into a network error instead of throwing', async () => {
    server.use(http.get('*/api/probe', () => HttpResponse.error()))
    const result = await call('/probe')
    expect(result.error?.kind).toBe('network')
  })

  it('turns a slow answer into a timeout error', async () => {
    server.use(
      http.get('*/api/probe', async () => {
        await delay(1_000)
        return HttpResponse.json({})
      }),
    )
    expect(await call('/probe')).toEqual({ error: { kind: 'timeout' } })
  })

  it('waits for the request gate before sending', async () => {
    let open: () => void = () => undefined
    holdRequestsUntil(new Promise<void>((resolve) => (open = resolve)))
    let sent = false
    server.use(
      http.get('*/api/probe', () => {
        sent = true
        return HttpResponse.json({})
      }),
    )
    const pending = call('/probe')
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(sent).toBe(false)
    open()
    await pending
    expect(sent).toBe(true)
  })
})
