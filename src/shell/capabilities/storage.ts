import { useMemo } from 'react'
import { useMiniAppScope } from '../mini-app/scope'
import { deviceStorage } from '../storage/device-storage'

/** Storage under the mini-app's own prefix, so mini-apps cannot read each other's keys through the SDK. */
export const useMiniAppStorage = () => {
  const { id } = useMiniAppScope()
  return useMemo(() => {
    const key = (name: string) => `mini-app:${id}:${name}`
    return {
      get: <T>(name: string): T | undefined => deviceStorage.get<T>(key(name)),
      set: (name: string, value: unknown): void => deviceStorage.set(key(name), value),
      remove: (name: string): void => deviceStorage.remove(key(name)),
    }
  }, [id])
}
