import type { ReactElement } from 'react'
import { render, type RenderOptions } from '@testing-library/react'
import { Provider } from 'react-redux'
import { makeStore, type AppStore, type RootState } from '../src/shell/store/store'

interface ShellOptions extends Omit<RenderOptions, 'wrapper'> {
  preloadedState?: Partial<RootState>
  store?: AppStore
}

/** Renders UI inside the shell's providers with a fresh store, as the app would. */
export const renderWithShell = (ui: ReactElement, { preloadedState, store = makeStore(preloadedState), ...options }: ShellOptions = {}) => ({
  store,
  ...render(ui, { wrapper: ({ children }) => <Provider store={store}>{children}</Provider>, ...options }),
})
