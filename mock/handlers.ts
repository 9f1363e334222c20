import { miniAppHandlers } from './generated/mini-app-handlers'
import { catalogueHandlers } from './shell/catalogue'

/**
 * Every happy-path handler of the mock backend: the shell's own, then each
 * mini-app's `handlers.ts`, gathered by the registry build. One plain array,
 * shared by Jest (msw/node) and the H5 app (msw/browser).
 */
export const handlers = [...catalogueHandlers, ...miniAppHandlers]
