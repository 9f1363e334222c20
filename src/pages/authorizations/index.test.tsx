import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderWithShell } from '@test/render-with-shell'
import { TEST_AUTHORIZATION } from '../../../mock/kit/tokens'
import PrivacyLogPage from '../privacy-log/index'
import AuthorizationsPage from './index'

describe('My → Authorizations and My → Privacy log', () => {
  it('lists what each mini-app may see and revokes it', async () => {
    await fetch('http://localhost/api/consents/transport/profile.idNumber', { method: 'PUT', headers: TEST_AUTHORIZATION })
    renderWithShell(<AuthorizationsPage />)
    const row = await screen.findByTestId('grant-transport-profile.idNumber')
    await waitFor(() => expect(row).toHaveTextContent('交通出行 · 身份证号'))
    await userEvent.click(screen.getByText('撤回授权'))
    expect(await screen.findByText('您还没有授权任何服务使用您的个人信息')).toBeInTheDocument()
    const grants = await (await fetch('http://localhost/api/consents', { headers: TEST_AUTHORIZATION })).json()
    expect(grants).toEqual([])
  })

  it('shows which mini-app used which data and when, and what was refused', async () => {
    const at = '2026-11-22T08:30:00.000Z'
    renderWithShell(<PrivacyLogPage />, {
      preloadedState: {
        audit: [
          { miniAppId: 'transport', capability: 'profile.idNumber', at, outcome: 'allowed' },
          { miniAppId: 'health', capability: 'profile.idNumber', at, outcome: 'denied', reason: 'undeclared' },
        ],
      },
    })
    const entries = await screen.findAllByTestId('audit-entry')
    await waitFor(() => expect(entries[0]).toHaveTextContent('交通出行 · 身份证号2026-11-22 08:30:00已使用'))
    expect(entries[1]).toHaveTextContent('医疗健康 · 身份证号2026-11-22 08:30:00未在服务声明中申请已拒绝')
  })
})
