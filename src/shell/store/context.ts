import { createContext } from 'react'
import { createDispatchHook, createSelectorHook, createStoreHook, type ReactReduxContextValue } from 'react-redux'

/**
 * The shell's store lives on this private context, not react-redux's default
 * one. Inside a mini-app's page the default context holds that mini-app's own
 * store, so nothing a mini-app can reach through react-redux is the shell's.
 */
export const ShellContext = createContext<ReactReduxContextValue | null>(null)

export const useShellDispatch = createDispatchHook(ShellContext)
export const useShellSelector = createSelectorHook(ShellContext)
export const useShellStore = createStoreHook(ShellContext)
