import type { ReactElement } from 'react'
import { render, type RenderOptions } from '@testing-library/react'
import { Provider } from 'react-redux'
import { restoredSession } from '../src/shell/identity/session-slice'
import { makeStore, type AppStore, type RootState } from '../src/shell/store/store'

interface ShellOptions extends Omit<RenderOptions, 'wrapper'> {
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
  ...render(ui, { wrapper: ({ children }) => <Provider store={store}>{children}</Provider>, ...options }),
})
