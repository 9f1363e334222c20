import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { WxFail, settle, type CallbackOptions } from './wx-callbacks'

/** WeChat's default and maximum request timeout (platform-limits.md). */
const MAX_TIMEOUT_MS = 60_000

export interface RequestRecord {
  method: string
  url: string
  status: number | 'pending' | 'failed'
}

const withQuery = (url: string, data: unknown): string => {
  if (!data || typeof data !== 'object') return url
  const query = Object.entries(data as Record<string, unknown>)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&')
  return query ? `${url}${url.includes('?') ? '&' : '?'}${query}` : url
}

/**
 * `wx.request` over real HTTP to the mock server. As on WeChat: GET data goes
 * into the query, other bodies are JSON, every HTTP status resolves (with
 * `statusCode`), a JSON answer is parsed into the app's realm, and only a
 * network failure or timeout fails. Only http(s) URLs are allowed.
 */
export const createNetwork = (json: JSON) => {
  const log: RequestRecord[] = []
  let inFlight = 0
  let peak = 0

  const send = (options: CallbackOptions): Promise<object> =>
    new Promise((resolve, reject) => {
      const method = String(options.method ?? 'GET').toUpperCase()
      const rawUrl = String(options.url ?? '')
      if (!/^https?:\/\//.test(rawUrl)) return reject(new WxFail(`request:fail invalid url "${rawUrl}"`))
      const url = method === 'GET' ? withQuery(rawUrl, options.data) : rawUrl
      const body = method === 'GET' || options.data === undefined ? undefined : typeof options.data === 'string' ? options.data : json.stringify(options.data)
      const headers = { ...(options.header as Record<string, string> | undefined) }
      const record: RequestRecord = { method, url, status: 'pending' }
      log.push(record)
      inFlight += 1
      peak = Math.max(peak, inFlight)
      const done = () => (inFlight -= 1)
      const send = url.startsWith('https:') ? httpsRequest : httpRequest
      const req = send(url, { method, headers, timeout: Math.min(Number(options.timeout ?? MAX_TIMEOUT_MS), MAX_TIMEOUT_MS) }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          done()
          record.status = res.statusCode ?? 0
          const text = Buffer.concat(chunks).toString('utf8')
          let data: unknown = text
          if (options.dataType !== 'text') {
            try {
              data = text ? json.parse(text) : ''
            } catch {
              // WeChat hands back the raw text when it is not JSON.
            }
          }
          resolve({ statusCode: res.statusCode, data, header: res.headers })
        })
      })
      req.on('timeout', () => req.destroy(new WxFail('request:fail timeout')))
      req.on('error', (e) => {
        done()
        record.status = 'failed'
        reject(e instanceof WxFail ? e : new WxFail(`request:fail ${e.message}`))
      })
      if (body !== undefined) req.write(body)
      req.end()
    })

  return {
    log,
    peakConcurrency: () => peak,
    api: {
      request: (options: CallbackOptions = {}) => {
        void settle('request', options, () => send(options))
        return { abort: () => undefined, onHeadersReceived: () => undefined, offHeadersReceived: () => undefined }
      },
    },
  }
}
