import type { ComponentType, ReactElement } from 'react'
import { render, type RenderOptions } from '@testing-library/react'
import { Provider } from 'react-redux'
import { isMiniAppId, registerMiniAppForTest } from '../mock/kit/registry'
import { isNativeManifest, manifestSchema, type MiniAppManifest } from '../src/sdk/manifest/schema'
import { miniAppScopeOf } from '../src/sdk/manifest/scope'
import { restoredSession } from '../src/shell/identity/session-slice'
import { withMiniApp } from '../src/shell/mini-app/with-mini-app'
import { ShellContext } from '../src/shell/store/context'
import { makeStore, type AppStore, type RootState } from '../src/shell/store/store'

export interface ShellOptions extends Omit<RenderOptions, 'wrapper'> {
  preloadedState?: Partial<RootState>
  store?: AppStore
}

/**
 * Renders UI inside the shell's providers with a fresh store, as the app
 * would: the session comes from the vault (Jest's set-up signs in; clear it
 * to test a signed-out resident), and the privacy agreement is accepted
 * unless the test says otherwise.
 */
export const renderWithShell = (
  ui: ReactElement,
  { preloadedState, store = makeStore({ session: { ...restoredSession(), privacyAccepted: true }, ...preloadedState }), ...options }: ShellOptions = {},
) => ({
  store,
  ...render(ui, { wrapper: ({ children }) => <Provider store={store} context={ShellContext}>{children}</Provider>, ...options }),
})

/**
 * Renders a mini-app page as the app does: wrapped by `withMiniApp` in the
 * scope its manifest gives (level gate, consent prompt, its own store). A
 * manifest the server's registry does not know (a fixture) is registered
 * with the scopes it declares, as a release would.
 */
export const renderMiniApp = (manifest: MiniAppManifest, Page: ComponentType, { page = 'pages/index', ...options }: ShellOptions & { page?: string } = {}) => {
  const valid = manifestSchema.parse(manifest)
  if (!isMiniAppId(valid.id)) registerMiniAppForTest({ id: valid.id, scopes: valid.permissions.map((p) => p.scope) })
  if (!isNativeManifest(valid)) throw new Error(`${valid.id} is a form scenario: it has no pages of its own`)
  const MiniAppPage = withMiniApp(Page, miniAppScopeOf(valid, page))
  return renderWithShell(<MiniAppPage />, options)
}

/** The older name of `renderMiniApp`, kept for existing tests. */
export const renderMiniAppPage = (manifest: MiniAppManifest, Page: ComponentType, page = 'pages/index', options: ShellOptions = {}) =>
  renderMiniApp(manifest, Page, { page, ...options })
