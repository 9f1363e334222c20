import { HttpResponse } from 'msw'

/** The API's error body, `{ code, message }`, as the contract's Error schema defines it. */
export const apiError = (status: number, code: string, message: string) => HttpResponse.json({ code, message }, { status })

/** A request's JSON body, or `{}` when it has none or it is not JSON: handlers then validate each field. */
export const readJson = async <T extends object = Record<string, unknown>>(request: Request): Promise<Partial<T>> =>
  ((await request.json().catch(() => null)) ?? {}) as Partial<T>

export const notFound = (message: string, code = 'NOT_FOUND') => apiError(404, code, message)
