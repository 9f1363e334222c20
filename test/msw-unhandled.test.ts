import { taroBaseQuery } from '../src/shell/api/base-query'
import type { BaseQueryApi } from '@reduxjs/toolkit/query'
import { takeUnhandledRequests } from './msw-server'

describe('a request that no handler covers', () => {
  it('is recorded (afterEach then fails the test) and never reaches the network', async () => {
    const result = await taroBaseQuery('/api')('/nobody-mocks-this', {} as BaseQueryApi, {})
    expect(result.error?.kind).toBe('network')
    // Taking the record here keeps this one test green; any other test would fail in afterEach.
    expect(takeUnhandledRequests()).toEqual(['GET http://localhost/api/nobody-mocks-this'])
  })
})
