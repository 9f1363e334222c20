import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { fixtureMiniApp } from '@test/fixtures/fixture-mini-app'
import { server } from '@test/msw-server'
import { renderWithShell } from '@test/render-with-shell'
import { toCatalogueEntry } from '../../../../../config/registry/generate'
import { miniAppAuthorization, TEST_AUTHORIZATION } from '../../../../../mock/kit/tokens'
import { manifestSchema } from '../../../../sdk/manifest/schema'
import PrivacyLogPage from '../privacy-log/index'
import AuthorizationsPage from './index'

/** A fixture mini-app that declares the ID number, listed in the catalogue this test serves. */
const setUp = () => {
  const fixture = fixtureMiniApp('id-reader', ['profile.idNumber'])
  server.use(http.get('*/api/catalogue', () => HttpResponse.json([toCatalogueEntry(manifestSchema.parse(fixture.manifest))])))
  return fixture
}
const api = (method: string, path: string, headers: Record<string, string> = TEST_AUTHORIZATION) => fetch(`http://localhost/api/${path}`, { method, headers })

describe('My → Authorizations and My → Privacy log', () => {
  it('lists what each mini-app may see and revokes it', async () => {
    setUp()
    await api('PUT', 'consents/id-reader/profile.idNumber')
    renderWithShell(<AuthorizationsPage />)
    const row = await screen.findByTestId('grant-id-reader-profile.idNumber')
    await waitFor(() => expect(row).toHaveTextContent('测试ader · 身份证号'))
    await userEvent.click(screen.getByText('撤回授权'))
    expect(await screen.findByText('您还没有授权任何服务使用您的个人信息')).toBeInTheDocument()
    expect(await (await api('GET', 'consents')).json()).toEqual([])
  })

  it("shows the server's record of which mini-app used which data, what was refused, and why", async () => {
    setUp()
    const asReader = miniAppAuthorization('id-reader', { scopes: ['profile.idNumber'] })
    await api('GET', 'identity/attributes/profile.idNumber', asReader)
    await api('PUT', 'consents/id-reader/profile.idNumber')
    await api('GET', 'identity/attributes/profile.idNumber', asReader)
    renderWithShell(<PrivacyLogPage />)
    await waitFor(() => expect(screen.getAllByTestId('audit-entry')).toHaveLength(3))
    const rows = screen.getAllByTestId('audit-entry').map((row) => row.textContent)
    expect(rows[0]).toMatch(/^测试ader · 身份证号.*已使用$/)
    expect(rows[1]).toMatch(/您同意了授权已使用$/)
    expect(rows[2]).toMatch(/未获您的授权已拒绝$/)
  })
})
