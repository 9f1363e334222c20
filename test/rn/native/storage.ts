import type { NativeModuleStub } from '../bridge'
import { withCallbacks } from './host'

/**
 * @react-native-async-storage/async-storage's Android module
 * (`RNCAsyncStorage`), kept in memory: a fresh install with nothing stored.
 * Errors come back in the callback's first argument, as the module does.
 */
export const asyncStorage = (store: Map<string, string>): NativeModuleStub => ({
  methods: {
    multiGet: withCallbacks(1, ([keys], [done]) => done(null, (keys as string[]).map((key) => [key, store.get(key) ?? null]))),
    multiSet: withCallbacks(1, ([pairs], [done]) => {
      for (const [key, value] of pairs as [string, string][]) store.set(key, value)
      done(null)
    }),
    multiMerge: withCallbacks(1, ([pairs], [done]) => {
      for (const [key, value] of pairs as [string, string][]) {
        const before = store.get(key)
        store.set(key, JSON.stringify({ ...(before ? JSON.parse(before) : {}), ...JSON.parse(value) }))
      }
      done(null)
    }),
    multiRemove: withCallbacks(1, ([keys], [done]) => {
      for (const key of keys as string[]) store.delete(key)
      done(null)
    }),
    getAllKeys: withCallbacks(1, (_args, [done]) => done(null, [...store.keys()])),
    clear: withCallbacks(1, (_args, [done]) => {
      store.clear()
      done(null)
    }),
  },
})
