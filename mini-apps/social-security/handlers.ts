import { http, HttpResponse } from 'msw'
import { defineDomainStore } from '../../mock/kit/domain-store'
import { notFound } from '../../mock/kit/responses'
import { seedSocialSecurity } from './mock/seeds'

const store = defineDomainStore(seedSocialSecurity)

export const handlers = [
  http.get('*/api/social-security/account', () => {
    const { account } = store.data
    return account ? HttpResponse.json(account) : notFound('未查询到您的社保参保记录', 'NO_ACCOUNT')
  }),
]
