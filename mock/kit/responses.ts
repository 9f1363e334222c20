import { HttpResponse } from 'msw'

/** The API's error body, `{ code, message }`, as the contract's Error schema defines it. */
export const apiError = (status: number, code: string, message: string) => HttpResponse.json({ code, message }, { status })

export const notFound = (message: string, code = 'NOT_FOUND') => apiError(404, code, message)
