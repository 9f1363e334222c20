import { createStorage, STORAGE_LIMITS } from './wx-storage'

describe('emulated WeChat storage', () => {
  it("reads a missing key as '' and stored values as copies", () => {
    const { api } = createStorage(JSON)
    expect(api.getStorageSync('none')).toBe('')
    const value = { a: [1] }
    api.setStorageSync('k', value)
    value.a.push(2)
    expect(api.getStorageSync('k')).toEqual({ a: [1] })
  })

  it('fails a write over 1 MB per key with WeChat\'s message and keeps the old value', () => {
    const { api } = createStorage(JSON)
    api.setStorageSync('draft', 'small')
    expect(() => api.setStorageSync('draft', 'x'.repeat(STORAGE_LIMITS.keyBytes))).toThrow('setStorageSync:fail entry size limit reached')
    expect(api.getStorageSync('draft')).toBe('small')
  })

  it('fails a write past 10 MB in all', () => {
    const { api } = createStorage(JSON)
    for (let i = 0; i < 10; i += 1) api.setStorageSync(`k${i}`, 'x'.repeat(STORAGE_LIMITS.keyBytes - 100))
    expect(() => api.setStorageSync('one-more', 'x'.repeat(1000))).toThrow('exceed storage max size 10Mb')
  })
})
