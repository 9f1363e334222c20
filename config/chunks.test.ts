import { H5_CACHE_GROUPS, H5_UNUSED_MODULES, WEAPP_TARO_GROUP } from './chunks'

const nm = (path: string) => `/repo/node_modules/${path}`

describe('chunk groups', () => {
  it('H5: the components wrappers and Taro H5 APIs go to one async chunk, React and Redux to framework', () => {
    expect(H5_CACHE_GROUPS['taro-components'].test.test(nm('@tarojs/components/lib/react/index.js'))).toBe(true)
    expect(H5_CACHE_GROUPS['taro-components'].test.test(nm('@tarojs/runtime/dist/index.js'))).toBe(false)
    expect(H5_CACHE_GROUPS.framework.test.test(nm('react-dom/cjs/react-dom.production.min.js'))).toBe(true)
    expect(H5_CACHE_GROUPS.framework.test.test(nm('@reduxjs/toolkit/dist/query/rtk-query.modern.mjs'))).toBe(true)
    expect(H5_CACHE_GROUPS.framework.test.test(nm('react-router/index.js'))).toBe(false)
  })

  it("weapp: every @tarojs module stays in taro.js except components-advanced, which stays in its mini-app's subpackage", () => {
    expect(WEAPP_TARO_GROUP.test({ context: nm('@tarojs/runtime/dist') })).toBe(true)
    expect(WEAPP_TARO_GROUP.test({ context: nm('@tarojs/components-advanced/dist/components/virtual-list') })).toBe(false)
    expect(WEAPP_TARO_GROUP.test({ context: '/repo/src/pages/home' })).toBe(false)
    expect(WEAPP_TARO_GROUP.test({ context: null })).toBe(false)
  })

  it('H5: JSONP, which the app never uses, is a stand-in that refuses loudly rather than sending nothing', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain JS module webpack aliases; Jest loads it the same way
    const jsonp = require(`./${H5_UNUSED_MODULES['jsonp-retry']}`).default as (url: string) => Promise<unknown>
    await expect(jsonp('https://gov.example/api')).rejects.toThrow('JSONP is not available in this app (asked for https://gov.example/api)')
  })
})
