/** @jest-environment node */
import { carriesApiBase } from './bundle-api-base'

describe('carriesApiBase', () => {
  const bundle = 'e.taroBaseQuery)(null!="http://127.0.0.1:9190/api"?"http://127.0.0.1:9190/api":"")'

  it('finds the API base as a whole string literal', () => {
    expect(carriesApiBase(bundle, 'http://127.0.0.1:9190/api')).toBe(true)
  })

  it('rejects a bundle that kept another build’s base, including a longer one that starts the same', () => {
    expect(carriesApiBase(bundle, 'http://127.0.0.1:9090/api')).toBe(false)
    expect(carriesApiBase(bundle, 'http://127.0.0.1:9190')).toBe(false)
  })
})
