import { HttpResponse } from 'msw'

/** The API's error body, `{ code, message }`, as the contract's Error schema defines it. */
export const apiError = (status: number, code: string, message: string) => HttpResponse.json({ code, message }, { status })

export const notFound = (message: string, code = 'NOT_FOUND') => apiError(404, code, message)

/** The largest request body the mock backend reads (docs/testing.md): 1 MiB, far above any form's JSON. */
export const MAX_BODY_BYTES = 1024 * 1024

export const tooLargeMessage = `The request body is over the mock backend's limit of ${MAX_BODY_BYTES} bytes (1 MiB)`

/**
 * A 400 that a handler throws: MSW answers a thrown Response as it is. The
 * connection closes after it, so a client still sending a large body is not
 * read to its end.
 */
const badRequest = (code: string, message: string, close = false): Response =>
  HttpResponse.json({ code, message }, { status: 400, headers: close ? { connection: 'close' } : {} })

/** The body's bytes, reading no further than one chunk past the limit. */
const readCapped = async (request: Request): Promise<Uint8Array> => {
  if (Number(request.headers.get('content-length')) > MAX_BODY_BYTES) throw badRequest('BODY_TOO_LARGE', tooLargeMessage, true)
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    size += next.value.byteLength
    if (size > MAX_BODY_BYTES) {
      // Let go without cancelling: cancelling would tear down the connection before the 400 is sent.
      reader.releaseLock()
      throw badRequest('BODY_TOO_LARGE', tooLargeMessage, true)
    }
    chunks.push(next.value)
  }
  const bytes = new Uint8Array(size)
  chunks.reduce((offset, chunk) => (bytes.set(chunk, offset), offset + chunk.byteLength), 0)
  return bytes
}

const decode = (bytes: Uint8Array): string => new TextDecoder('utf-8', { fatal: true }).decode(bytes)

/** A request's body as text, under the same limit (e.g. to check a signature over the exact bytes); 400 MALFORMED_TEXT if not UTF-8. */
export const readText = async (request: Request): Promise<string> => {
  const bytes = await readCapped(request)
  try {
    return decode(bytes)
  } catch {
    throw badRequest('MALFORMED_TEXT', 'The request body is not UTF-8 text')
  }
}

const isJsonType = (contentType: string | null): boolean => /^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(contentType ?? '')

/**
 * A request's JSON object body, or `{}` when it has none (handlers then check
 * each field). Anything else is the client's mistake and answers 400 with
 * `{ code, message }`, thrown for MSW to send: a body over MAX_BODY_BYTES
 * (BODY_TOO_LARGE), a type other than JSON (UNSUPPORTED_CONTENT_TYPE), text
 * that is not JSON (MALFORMED_JSON), or JSON that is not an object (NOT_AN_OBJECT).
 */
export const readJson = async <T extends object = Record<string, unknown>>(request: Request): Promise<Partial<T>> => {
  const bytes = await readCapped(request)
  if (bytes.byteLength === 0) return {}
  const contentType = request.headers.get('content-type')
  if (!isJsonType(contentType)) {
    throw badRequest(
      'UNSUPPORTED_CONTENT_TYPE',
      `This endpoint takes application/json, not ${contentType ? JSON.stringify(contentType) : 'a body without a content type'}`,
    )
  }
  let body: unknown
  try {
    body = JSON.parse(decode(bytes))
  } catch {
    throw badRequest('MALFORMED_JSON', 'The request body is not valid JSON in UTF-8')
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest(
      'NOT_AN_OBJECT',
      `The request body must be a JSON object, not ${Array.isArray(body) ? 'an array' : body === null ? 'null' : `a ${typeof body}`}`,
    )
  }
  return body as Partial<T>
}
