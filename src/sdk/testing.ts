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

/**
 * Makes the mock backend answer as one of its personas (docs/testing.md: `resident`, `retiree`, `new-user`,
 * `parent`, `hr-agent` …) for the rest of the test; each test starts again as the default resident.
 */
export { switchPersona } from '../../test/sdk-testing/personas'

/** The route of the page on top of the stack, without its leading slash or query, e.g. after a level gate redirected. */
export { currentRoute } from '../../test/sdk-testing/personas'

/**
 * A form scenario's own test: drives its served definition step by step through the shell's engine, drafts,
 * uploads and submission, as the renderer does. See `ScenarioJourney`.
 */
export { startJourney as startScenarioJourney, photo, pdf, sentUploadKeys } from '../../test/forms/journey'

/** What `startScenarioJourney` resolves to. */
export type { Journey as ScenarioJourney } from '../../test/forms/journey'
