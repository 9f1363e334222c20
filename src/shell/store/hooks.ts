import { useShellDispatch, useShellSelector, useShellStore } from './context'
import type { AppDispatch, AppStore, RootState } from './store'

// The shell's typed hooks, on its private context; lint bans the raw react-redux hooks elsewhere.
export const useAppDispatch = useShellDispatch.withTypes<AppDispatch>()
export const useAppSelector = useShellSelector.withTypes<RootState>()
export const useAppStore = useShellStore.withTypes<AppStore>()
