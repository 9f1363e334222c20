/**
 * The SDK's test entry (`@sdk/testing`): what a mini-app's own tests need,
 * without reaching into the shell's or the build's insides. Tests run in Jest
 * against the same MSW handlers the app's mock backend serves; a request no
 * handler answers fails the test.
 *
 * @packageDocumentation
 */

/**
 * Renders a mini-app page as the app does: in its manifest's scope, behind its
 * level gate and consent prompt, with its own store, signed in by default.
 * Options: `page` (default `pages/index`), `preloadedState` for the shell.
 */
export { renderMiniApp } from '../../test/render-with-shell'

/** The MSW server of the mock backend: add a failure for one test with `server.use(http.get(…))`. */
export { server } from '../../mock/node'
