import { makeStore } from './store'

/** The one store of the running app; tests build their own with `makeStore`. */
export const store = makeStore()
