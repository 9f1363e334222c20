import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { server } from '@test/msw-server'
import { fixtureMiniApp } from '@test/fixtures/fixture-mini-app'
import { renderMiniApp } from '@test/render-with-shell'
import { TEST_AUTHORIZATION } from '../../../mock/kit/tokens'
import { isPermissionDenied } from '../consent/errors'
import { useExternalRequest } from './external-request'

const withDomain = () => fixtureMiniApp('with-domain', [], { allowedDomains: ['files.example.gov.cn'] }).manifest

const probe = (url: string, outcome: { value?: unknown }) =>
  function Probe() {
    const request = useExternalRequest()
    return <button onClick={() => request(url).then((r) => (outcome.value = r), (e: unknown) => (outcome.value = e))}>go</button>
  }

describe('requests to other hosts', () => {
  it('reach a declared HTTPS host, without the resident’s token', async () => {
    let authorization: string | null = 'unset'
    server.use(
      http.get('https://files.example.gov.cn/guide.json', ({ request }) => {
        authorization = request.headers.get('Authorization')
        return HttpResponse.json({ title: '就医指南' })
      }),
    )
    const outcome: { value?: unknown } = {}
    renderMiniApp(withDomain(), probe('https://files.example.gov.cn/guide.json', outcome))
    await userEvent.click(await screen.findByText('go'))
    await waitFor(() => expect(outcome.value).toEqual({ status: 200, data: { title: '就医指南' } }))
    expect(authorization).toBeNull()
  })

  it('are refused for an undeclared host, before any request, and audited', async () => {
    const outcome: { value?: unknown } = {}
    renderMiniApp(withDomain(), probe('https://collector.example.com/x', outcome))
    await userEvent.click(await screen.findByText('go'))
    await waitFor(() => expect(isPermissionDenied(outcome.value)).toBe(true))
    await waitFor(async () => {
      const log = await (await fetch('http://localhost/api/audit', { headers: TEST_AUTHORIZATION })).json()
      expect(log[0]).toMatchObject({ miniAppId: 'with-domain', capability: 'request:collector.example.com', outcome: 'denied', reason: 'domain-not-allowed' })
    })
  })
})
