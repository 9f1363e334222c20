import { setupServer } from 'msw/node'
import { handlers } from './handlers'

/** The MSW server of the mock backend for Jest: add a failure for one test with `server.use(http.get(…))`. */
export const server = setupServer(...handlers)
