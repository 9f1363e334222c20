/**
 * Requests wait here until the shell is ready to serve them: in an H5 mock
 * build, until the MSW worker is active, so the first page's queries are not
 * sent to a server that does not exist.
 */
let gate: Promise<unknown> = Promise.resolve()

export const holdRequestsUntil = (ready: Promise<unknown>): void => {
  // A failed start must not block requests forever; they then fail visibly.
  gate = ready.catch((e: unknown) => console.error('[shell] request gate failed to open', e))
}

export const requestsMayStart = (): Promise<unknown> => gate
