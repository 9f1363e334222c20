import { http, HttpResponse } from 'msw'

export const UNHANDLED_HEADER = 'x-mock-unhandled'

/**
 * Last in the list. The latency/fault handler matches every /api request, and
 * MSW passes a matched-but-unanswered request through to the network, so an
 * API call no handler covers is answered here instead: a clear 501 for
 * testers, and a marked response that Jest turns into a failing test.
 */
export const fallbackHandlers = [
  http.all('*/api/*', ({ request }) =>
    HttpResponse.json(
      { code: 'NO_MOCK_HANDLER', message: `No mock handler for ${request.method} ${new URL(request.url).pathname}` },
      { status: 501, headers: { [UNHANDLED_HEADER]: '1' } },
    ),
  ),
]
