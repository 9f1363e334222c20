import { WxFail, asyncApi, type CallbackOptions } from './wx-callbacks'

/** WeChat's storage limits: 1 MB per key, 10 MB per user per mini-program (platform-limits.md). */
export const STORAGE_LIMITS = { keyBytes: 1024 * 1024, totalBytes: 10 * 1024 * 1024 }

/**
 * Storage as WeChat keeps it: values are stored as JSON and come back as new
 * objects of the app's realm, missing keys read as '', and the size limits
 * fail the write with WeChat's errMsg instead of silently dropping it.
 */
export const createStorage = (json: JSON, entries = new Map<string, string>()) => {
  const used = () => [...entries.entries()].reduce((sum, [k, v]) => sum + Buffer.byteLength(k + v), 0)

  const write = (name: string, key: string, data: unknown): void => {
    if (typeof key !== 'string' || key === '') throw new WxFail(`${name}:fail parameter error: key should be String`)
    const serialized = json.stringify(data === undefined ? null : data)
    const bytes = Buffer.byteLength(key + serialized)
    if (bytes > STORAGE_LIMITS.keyBytes) throw new WxFail(`${name}:fail entry size limit reached`)
    const previous = entries.get(key)
    const total = used() - (previous === undefined ? 0 : Buffer.byteLength(key + previous)) + bytes
    if (total > STORAGE_LIMITS.totalBytes) throw new WxFail(`${name}:fail exceed storage max size 10Mb`)
    entries.set(key, serialized)
  }
  const read = (key: string): unknown => {
    const stored = entries.get(key)
    return stored === undefined ? '' : json.parse(stored)
  }
  const syncFailure = (run: () => unknown) => {
    try {
      return run()
    } catch (e: unknown) {
      // The sync APIs throw an Error whose message is the errMsg.
      throw new Error(e instanceof WxFail ? e.errMsg : String(e))
    }
  }
  const info = () => ({ keys: [...entries.keys()], currentSize: Math.ceil(used() / 1024), limitSize: STORAGE_LIMITS.totalBytes / 1024 })

  return {
    entries,
    api: {
      setStorageSync: (key: string, data: unknown) => syncFailure(() => write('setStorageSync', key, data)),
      getStorageSync: (key: string) => read(key),
      removeStorageSync: (key: string) => void entries.delete(key),
      clearStorageSync: () => entries.clear(),
      getStorageInfoSync: info,
      setStorage: asyncApi('setStorage', (o: CallbackOptions) => (write('setStorage', String(o.key), o.data), {})),
      getStorage: asyncApi('getStorage', (o: CallbackOptions) => {
        if (!entries.has(String(o.key))) throw new WxFail('getStorage:fail data not found')
        return { data: read(String(o.key)) }
      }),
      removeStorage: asyncApi('removeStorage', (o: CallbackOptions) => (entries.delete(String(o.key)), {})),
      clearStorage: asyncApi('clearStorage', () => (entries.clear(), {})),
      getStorageInfo: asyncApi('getStorageInfo', info),
    },
  }
}
