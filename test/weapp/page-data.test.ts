import { applySetData, pageText, parsePath } from './page-data'

describe("Taro's setData data", () => {
  it('parses the paths Taro sends', () => {
    expect(parsePath('root.cn[0].cn[12].v')).toEqual(['root', 'cn', 0, 'cn', 12, 'v'])
  })

  it('applies a first render and then a patch deep inside it', () => {
    const data: Record<string, unknown> = {}
    applySetData(data, { 'root.cn': [{ nn: '1', sid: '_A', cn: [{ nn: '8', v: '加载中' }] }] })
    applySetData(data, { 'root.cn[0].cn[0].v': '社保服务', 'root.cn[0].cn[1]': { nn: '8', v: '医保' } })
    expect(pageText(data)).toBe('社保服务 医保')
  })

  it('copies values as JSON, as the bridge between the threads does', () => {
    const data: Record<string, unknown> = {}
    const node = { v: 'x', when: new Date(0), run: () => 1 }
    applySetData(data, { 'root.cn[0]': node })
    expect(data.root).toEqual({ cn: [{ v: 'x', when: '1970-01-01T00:00:00.000Z' }] })
  })
})
