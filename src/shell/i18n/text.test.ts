import { en } from '../../locales/en'
import { zhCN } from '../../locales/zh-CN'
import { describeApiError } from './text'

describe('describeApiError', () => {
  it.each([
    [{ kind: 'network', detail: 'ECONNRESET' } as const, zhCN.errors.network],
    [{ kind: 'timeout' } as const, zhCN.errors.timeout],
    [{ kind: 'unauthenticated', status: 401 } as const, zhCN.errors.unauthenticated],
    [{ kind: 'http', status: 404 } as const, zhCN.errors.notFound],
    [{ kind: 'http', status: 503 } as const, zhCN.errors.server],
    [{ kind: 'http', status: 400 } as const, zhCN.errors.rejected],
    [{ kind: 'http', status: 422, message: '车牌号不存在' } as const, '车牌号不存在'],
  ])('tells residents what %o means', (error, expected) => {
    expect(describeApiError(error, zhCN)).toBe(expected)
  })

  it('speaks English when the resident chose it', () => {
    expect(describeApiError({ kind: 'timeout' }, en)).toBe(en.errors.timeout)
  })
})
