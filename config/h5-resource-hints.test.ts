import { hintTags } from './h5-resource-hints'

const chunks: Record<string, string[]> = {
  'pages/home/index': ['js/taro-components.1.js', 'js/home.2.js'],
  'pages/services/index': ['js/taro-components.1.js', 'js/services.3.js'],
  'pages/my/index': ['js/my.4.js'],
}
const filesOf = (page: string) => chunks[page]

describe('resource hints in index.html', () => {
  it("preloads the first page's chunks and prefetches the next pages', each file once", () => {
    expect(hintTags('/', { preload: ['pages/home/index'], prefetch: ['pages/services/index', 'pages/my/index'] }, filesOf)).toBe(
      '<link rel="preload" as="script" href="/js/taro-components.1.js"><link rel="preload" as="script" href="/js/home.2.js">' +
        '<link rel="prefetch" as="script" href="/js/services.3.js"><link rel="prefetch" as="script" href="/js/my.4.js">',
    )
  })
})
