import { createServer } from '@mswjs/http-middleware'
import { handlers } from './handlers'
import { controlPageHandlers } from './kit/control-page'

/**
 * The same handlers as Jest and the H5 worker, served over HTTP for the
 * runtimes that cannot host MSW: the WeChat mini-program and React Native.
 */
export const createMockServer = () => createServer(...controlPageHandlers, ...handlers)
