import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer } from '@mswjs/http-middleware'
import type { RequestHandler } from 'msw'
import { handlers } from './handlers'
import { controlPageHandlers } from './kit/control-page'
import { MAX_BODY_BYTES, tooLargeMessage } from './kit/responses'

// What the middleware can turn into a fetch Request; any other method makes it throw outside its error path.
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])

interface Refusal {
  status: number
  code: string
  message: string
}

/** What is wrong with a request before any handler sees it, judged on its head alone. */
const refusalOf = (req: IncomingMessage): Refusal | undefined => {
  if (!METHODS.has(req.method ?? ''))
    return { status: 405, code: 'METHOD_NOT_ALLOWED', message: `The mock backend does not answer ${req.method}` }
  if (!URL.canParse(`http://${req.headers.host ?? ''}`))
    return { status: 400, code: 'BAD_HOST', message: 'The Host header is not a host name' }
  // The body is never read: a declared length over the limit is refused at once, and the connection closed.
  if (Number(req.headers['content-length']) > MAX_BODY_BYTES) return { status: 400, code: 'BODY_TOO_LARGE', message: tooLargeMessage }
  return undefined
}

const sendJson = (res: ServerResponse, { status, code, message }: Refusal, close = false): void => {
  res.writeHead(status, { 'content-type': 'application/json', ...(close ? { connection: 'close' } : {}) })
  res.end(JSON.stringify({ code, message }))
}

/**
 * Express's own error page shows the stack and the files' absolute paths.
 * The server keeps those in its log; the client learns only that it failed.
 */
const internalError = (error: unknown, req: IncomingMessage, res: ServerResponse, _next: (e?: unknown) => void): void => {
  console.error(`Mock backend: ${req.method} ${req.url} failed:`, error)
  if (res.headersSent) {
    res.destroy()
    return
  }
  sendJson(res, { status: 500, code: 'INTERNAL', message: 'The mock backend failed to answer this request; its log says why' })
}

/**
 * The same handlers as Jest and the H5 worker, served over HTTP for the
 * runtimes that cannot host MSW: the WeChat mini-program and React Native.
 * Bad input is a 400 with `{ code, message }` (see mock/kit/responses.ts for
 * bodies), and nothing about the server's insides ever goes back.
 * `firstHandlers` are tried before the rest (a test's own, e.g. one that throws).
 */
export const createMockServer = (...firstHandlers: RequestHandler[]): Server => {
  const app = createServer(...firstHandlers, ...controlPageHandlers, ...handlers)
  app.use(internalError)
  return createHttpServer((req, res) => {
    const refusal = refusalOf(req)
    if (refusal) sendJson(res, refusal, true)
    else app(req, res)
  })
}
