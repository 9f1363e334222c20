import { taroBaseQuery } from '../src/shell/api/base-query'
import type { BaseQueryApi } from '@reduxjs/toolkit/query'
import { takeUnhandledRequests } from './msw-server'

describe('a request that no handler covers', () => {
  it('is answered 501 by the mock, recorded, and would fail the test in afterEach', async () => {
    const result = await taroBaseQuery('/api')('/nobody-mocks-this', {} as BaseQueryApi, {})
    expect(result.error).toMatchObject({ kind: 'http', status: 501, code: 'NO_MOCK_HANDLER' })
    // Taking the record here keeps this one test green; any other test would fail in afterEach.
    expect(takeUnhandledRequests()).toEqual(['GET http://localhost/api/nobody-mocks-this'])
  })

  it('outside the API is refused before it reaches the network, and recorded', async () => {
    await expect(fetch('http://localhost/not-api/thing')).rejects.toThrow()
    expect(takeUnhandledRequests()).toEqual(['GET http://localhost/not-api/thing'])
  })
})
