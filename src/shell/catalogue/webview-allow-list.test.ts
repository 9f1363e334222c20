import { isAllowedWebviewUrl, webviewRefusal } from './webview-allow-list'

describe('the web view allow-list', () => {
  it.each(['https://www.ln.gov.cn/fw/1', 'https://zwfw.ln.gov.cn/dalian/s0001', 'https://RST.ln.gov.cn', 'https://ln.gov.cn/?q=1#top'])('opens %s', (url) => {
    expect(isAllowedWebviewUrl(url)).toBe(true)
  })

  it.each([
    ['http://www.ln.gov.cn/', 'not-https'],
    ['javascript:alert(1)', 'not-https'],
    ['https://mp.weixin.qq.com/s/abc', 'host-not-allowed'],
    ['https://www.gov.cn/fuwu/', 'host-not-allowed'],
    ['https://evil-ln.gov.cn/', 'host-not-allowed'],
    ['https://ln.gov.cn.evil.example/', 'host-not-allowed'],
    ['https://www.ln.gov.cn@evil.example/', 'malformed'],
    ['https://www.ln.gov.cn:8443/', 'malformed'],
    ['https:///path', 'malformed'],
  ])('refuses %s (%s)', (url, reason) => {
    expect(webviewRefusal(url)).toBe(reason)
  })
})
