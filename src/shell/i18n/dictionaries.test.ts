import { en } from '../../locales/en'
import { zhCN } from '../../locales/zh-CN'
import * as bundled from './dictionaries'
import * as onDemand from './dictionaries.h5'

describe('dictionaries', () => {
  it('WeChat and React Native bundle both languages: usable at once', async () => {
    expect(bundled.loadedDictionary('zh-CN')).toBe(zhCN)
    expect(bundled.loadedDictionary('en')).toBe(en)
    await expect(bundled.loadDictionary('en')).resolves.toBe(en)
  })

  it('H5 ships Chinese and fetches English once, on demand', async () => {
    expect(onDemand.loadedDictionary('zh-CN')).toBe(zhCN)
    expect(onDemand.loadedDictionary('en')).toBeUndefined()
    const first = onDemand.loadDictionary('en')
    const second = onDemand.loadDictionary('en')
    await expect(first).resolves.toEqual(en)
    await expect(second).resolves.toBe(await first)
    expect(onDemand.loadedDictionary('en')).toEqual(en)
  })
})
