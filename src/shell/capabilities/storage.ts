import { useMemo } from 'react'
import { useMiniAppScope } from '../mini-app/scope'
import { platform } from '../platform/platform'

/** The device refused to store a value: one key over 1 MB, or all storage over 10 MB on WeChat. Nothing was lost: the old value stays. */
export class StorageFullError extends Error {
  constructor(
    /** The key that could not be stored. */
    readonly key: string,
    /** What the device said. */
    readonly detail: string,
  ) {
    super(`Could not store "${key}": ${detail}`)
    this.name = 'StorageFullError'
  }
}

/** Whether a caught error is a `StorageFullError`. */
export const isStorageFull = (e: unknown): e is StorageFullError => e instanceof StorageFullError

/** Keys under the mini-app's own prefix, so mini-apps cannot read each other's values through the SDK. */
export const miniAppStorage = (id: string) => {
  const prefix = `mini-app:${id}:`
  return {
    get: <T>(name: string): T | undefined => {
      const value = platform.getStorageSync(prefix + name) as T | ''
      return value === '' ? undefined : value
    },
    set: (name: string, value: unknown): void => {
      try {
        platform.setStorageSync(prefix + name, value)
      } catch (e: unknown) {
        throw new StorageFullError(name, e instanceof Error ? e.message : String((e as { errMsg?: string })?.errMsg ?? e))
      }
    },
    remove: (name: string): void => platform.removeStorageSync(prefix + name),
    /** The mini-app's own key names. */
    keys: (): string[] => platform.getStorageInfoSync().keys.filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length)),
  }
}

/** Key-value storage under this mini-app's own prefix; `set` throws `StorageFullError` when the device is full. */
export const useMiniAppStorage = () => {
  const { id } = useMiniAppScope()
  return useMemo(() => miniAppStorage(id), [id])
}
