/**
 * The storage drafts live in: the shape of Taro's synchronous storage API
 * (`getStorageSync`, `setStorageSync`, `removeStorageSync`,
 * `getStorageInfoSync`), so `Taro` itself, the Jest stand-in or a fake can
 * back it. Sizes are in KB, as WeChat reports them; H5 reports NaN.
 */
export interface DraftStorage {
  getStorageSync(key: string): unknown
  setStorageSync(key: string, data: unknown): void
  removeStorageSync(key: string): void
  getStorageInfoSync(): { keys: string[]; currentSize: number; limitSize: number }
}

/** WeChat's limits: 1 MB per key and 10 MB in all (0.7 MB and 7.1 MB with encryption). */
export interface StorageLimits {
  maxEntryBytes: number
  maxTotalBytes: number
}

export const WECHAT_LIMITS: StorageLimits = { maxEntryBytes: 1024 * 1024, maxTotalBytes: 10 * 1024 * 1024 }

/** UTF-8 bytes of a string: what the platforms count, and Chinese text is 3 bytes a character. */
export const utf8Bytes = (text: string): number => {
  let bytes = 0
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4
      i += 1
    } else bytes += 3
  }
  return bytes
}

/**
 * Whether a failed write ran out of room: WeChat's errMsg ("exceed storage max
 * size", "exceed storage item max length") or the browser's QuotaExceededError.
 */
export const isQuotaFailure = (e: unknown): boolean => {
  if (typeof e !== 'object' || e === null) return false
  const { errMsg, name, message } = e as { errMsg?: unknown; name?: unknown; message?: unknown }
  const text = [errMsg, message].filter((t): t is string => typeof t === 'string').join(' ')
  return name === 'QuotaExceededError' || /exceed|quota|max size|max length|storage.*full/i.test(text)
}
