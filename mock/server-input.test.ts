/** @jest-environment node */
import { request } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { join } from 'node:path'
import { http } from 'msw'
import { MAX_BODY_BYTES } from './kit/responses'
import { TEST_AUTHORIZATION } from './kit/tokens'
import { server as jestInterceptor } from './node'
import { createMockServer } from './server'

/**
 * Bad input over real HTTP: every refusal is a 400 (or 405) with
 * `{ code, message }`, an unexpected exception is a bare 500, and no answer
 * carries a stack trace or a path of this machine.
 */
const BOOM = '/api/__test/boom'
let listener: Server
let port: number

beforeAll(async () => {
  // Jest's MSW answers */api/* in-process (and buffers request bodies); these requests must reach the socket.
  jestInterceptor.close()
  const throwing = http.get(`*${BOOM}`, () => {
    throw new Error(`boom in ${join(__dirname, 'server.ts')}`)
  })
  listener = createMockServer(throwing).listen(0, '127.0.0.1')
  await new Promise((resolve) => listener.once('listening', resolve))
  port = (listener.address() as AddressInfo).port
})
afterAll(async () => {
  await new Promise((resolve) => listener.close(resolve))
  jestInterceptor.listen()
})

interface Answer {
  status: number
  text: string
  body: unknown
  /** How much of the request body the client got to send before the answer came. */
  written: number
}

/** Sends a request with the raw Node client (any method, any size, streamed), stopping the upload once answered. */
const send = (
  path: string,
  {
    method = 'PUT',
    headers = {},
    body = '',
    streamBytes = 0,
  }: { method?: string; headers?: Record<string, string | number>; body?: string; streamBytes?: number },
) =>
  new Promise<Answer>((resolve, reject) => {
    let written = 0
    let answered = false
    const req = request({ host: '127.0.0.1', port, path, method, headers: { ...TEST_AUTHORIZATION, ...headers } }, (res) => {
      answered = true
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text, body: text ? JSON.parse(text) : undefined, written }))
    })
    // Once answered, the server may close while we are still sending: that is the point.
    req.on('error', (e) => (answered ? undefined : reject(e)))
    const chunk = Buffer.alloc(64 * 1024, 0x20)
    const pump = (): void => {
      while (!answered && written < streamBytes) {
        written += chunk.length
        if (!req.write(chunk)) return void req.once('drain', pump)
      }
      if (!answered) req.end(body)
    }
    pump()
  })

const json = { 'content-type': 'application/json' }
const putState = (body: string, headers: Record<string, string> = json) => send('/api/__mock/state', { headers, body })

/** Nothing of the server's insides: no stack frames, no file of this repository, no module names. */
const expectNoLeak = ({ text }: Answer) => {
  expect(text).not.toMatch(/\bat .+:\d+:\d+|node_modules|\.ts\b|Error:/)
  expect(text).not.toContain(join(__dirname, '..'))
}

describe('the mock server refuses bad input with a 400 and never leaks', () => {
  it('answers malformed JSON with MALFORMED_JSON', async () => {
    const answer = await putState('{"persona": ')
    expect(answer).toMatchObject({ status: 400, body: { code: 'MALFORMED_JSON', message: expect.stringMatching(/not valid JSON/) } })
    expect(Object.keys(answer.body as object)).toEqual(['code', 'message'])
    expectNoLeak(answer)
  })

  it.each(['[1, 2]', '"driver"', '42', 'null', 'true'])(
    'answers the JSON %s, where an object is expected, with NOT_AN_OBJECT',
    async (body) => {
      const answer = await putState(body)
      expect(answer).toMatchObject({
        status: 400,
        body: { code: 'NOT_AN_OBJECT', message: expect.stringMatching(/must be a JSON object/) },
      })
      expectNoLeak(answer)
    },
  )

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'application/jsonp'])(
    'answers a body sent as %s with UNSUPPORTED_CONTENT_TYPE',
    async (type) => {
      const answer = await putState('{"persona":"driver"}', { 'content-type': type })
      expect(answer).toMatchObject({
        status: 400,
        body: { code: 'UNSUPPORTED_CONTENT_TYPE', message: expect.stringContaining('application/json') },
      })
    },
  )

  it('takes JSON with a charset, and no body at all as an empty object', async () => {
    expect((await putState('{"persona":"driver"}', { 'content-type': 'application/json; charset=utf-8' })).body).toMatchObject({
      persona: 'driver',
    })
    expect(await putState('')).toMatchObject({ status: 200, body: { persona: 'driver' } })
  })

  it('refuses a body declared over 1 MiB before reading it', async () => {
    const answer = await send('/api/__mock/state', {
      headers: { ...json, 'content-length': 100 * 1024 * 1024 },
      streamBytes: 100 * 1024 * 1024,
    })
    expect(answer).toMatchObject({
      status: 400,
      body: { code: 'BODY_TOO_LARGE', message: expect.stringContaining(`${MAX_BODY_BYTES} bytes`) },
    })
    expect(answer.written).toBeLessThan(16 * 1024 * 1024)
  })

  it('stops reading a streamed body once it passes 1 MiB', async () => {
    const answer = await send('/api/__mock/state', { headers: json, streamBytes: 100 * 1024 * 1024 })
    expect(answer).toMatchObject({ status: 400, body: { code: 'BODY_TOO_LARGE' } })
    expect(answer.written).toBeLessThan(16 * 1024 * 1024)
  })

  it('reads a body just under the limit', async () => {
    const body = JSON.stringify({ persona: 'driver', padding: 'x'.repeat(MAX_BODY_BYTES - 100) })
    expect((await putState(body)).status).toBe(200)
  })

  it('refuses a latency over a minute, and later calls still answer at once', async () => {
    for (const latencyMs of [1e12, 60_001, -1, 1.5, '800']) {
      const answer = await putState(JSON.stringify({ latencyMs }))
      expect(answer).toMatchObject({
        status: 400,
        body: { code: 'BAD_LATENCY', message: 'latencyMs must be a whole number of milliseconds from 0 to 60000' },
      })
    }
    const started = Date.now()
    expect((await send('/api/catalogue', { method: 'GET' })).status).toBe(200)
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(await putState(JSON.stringify({ latencyMs: 60_000 }))).toMatchObject({ status: 200, body: { latencyMs: 60_000 } })
    expect(await putState(JSON.stringify({ latencyMs: 0 }))).toMatchObject({ status: 200, body: { latencyMs: 0 } })
  })

  it('refuses faults that are not a list of switches, or a status no response can carry', async () => {
    expect(await putState(JSON.stringify({ faults: 'payments:500' }))).toMatchObject({ status: 400, body: { code: 'BAD_FAULT' } })
    expect(await putState(JSON.stringify({ faults: ['payments:101'] }))).toMatchObject({ status: 400, body: { code: 'BAD_FAULT' } })
  })

  it('answers an exception in a handler with a bare INTERNAL 500, and logs it on the server', async () => {
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      const answer = await send(BOOM, { method: 'GET' })
      expect(answer).toEqual({ status: 500, text: expect.any(String), body: { code: 'INTERNAL', message: expect.any(String) }, written: 0 })
      expectNoLeak(answer)
      expect(log).toHaveBeenCalledWith(
        expect.stringContaining(`GET ${BOOM} failed`),
        expect.objectContaining({ message: expect.stringContaining('boom') }),
      )
    } finally {
      log.mockRestore()
    }
  })

  it('refuses a method or a Host it cannot handle, and keeps serving', async () => {
    expect(await send('/api/catalogue', { method: 'TRACE' })).toMatchObject({ status: 405, body: { code: 'METHOD_NOT_ALLOWED' } })
    expect(await send('/api/catalogue', { method: 'GET', headers: { host: 'bad host' } })).toMatchObject({
      status: 400,
      body: { code: 'BAD_HOST' },
    })
    expect((await send('/api/catalogue', { method: 'GET' })).status).toBe(200)
  })
})
