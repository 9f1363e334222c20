/** The one MSW server of the Jest run; tests add failure cases with `server.use(...)`. */
export { server } from '../mock/node'
export { takeUnhandledRequests } from './setup/jest.setup'
