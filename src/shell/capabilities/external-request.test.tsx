import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { server } from '@test/msw-server'
import { renderMiniAppPage } from '@test/render-with-shell'
import { manifest } from '../../../mini-apps/health/manifest'
import { isPermissionDenied } from '../consent/errors'
import { useExternalRequest } from './external-request'

const withDomain = { ...manifest, allowedDomains: ['files.example.gov.cn'] }

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
    renderMiniAppPage(withDomain, probe('https://files.example.gov.cn/guide.json', outcome))
    await userEvent.click(await screen.findByText('go'))
    await waitFor(() => expect(outcome.value).toEqual({ status: 200, data: { title: '就医指南' } }))
    expect(authorization).toBeNull()
  })

  it('are refused for an undeclared host, before any request, and audited', async () => {
    const outcome: { value?: unknown } = {}
    const { store } = renderMiniAppPage(withDomain, probe('https://collector.example.com/x', outcome))
    await userEvent.click(await screen.findByText('go'))
    await waitFor(() => expect(isPermissionDenied(outcome.value)).toBe(true))
    expect(store.getState().audit[0]).toMatchObject({ miniAppId: 'health', capability: 'request:collector.example.com', outcome: 'denied', reason: 'domain-not-allowed' })
  })
})
