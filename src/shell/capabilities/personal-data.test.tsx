import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderMiniAppPage } from '@test/render-with-shell'
import { manifest as healthManifest } from '../../../mini-apps/health/manifest'
import { manifest as transportManifest } from '../../../mini-apps/transport/manifest'
import TransportPage from '../../../mini-apps/transport/pages/index'
import { isPermissionDenied } from '../consent/errors'
import { useMiniAppScope } from '../mini-app/scope'
import { useAppDispatch } from '../store/hooks'
import { readPersonalData } from './personal-data'

const consentDialog = () => screen.findByRole('dialog', { name: '「交通出行」申请使用您的以下信息' })

describe('personal data behind consent', () => {
  it('asks first, respects a denial, then shares once allowed — and audits each use', async () => {
    const { store } = renderMiniAppPage(transportManifest, TransportPage)
    await userEvent.click(await screen.findByText('查看驾驶证信息'))
    const first = await consentDialog()
    expect(first).toHaveTextContent('身份证号')
    expect(first).toHaveTextContent('用途：用于查询您名下车辆和驾驶证的违法记录')
    await userEvent.click(within(first).getByText('拒绝'))
    expect(await screen.findByText('您未授权使用身份证号，无法查询驾驶证信息。')).toBeInTheDocument()

    await userEvent.click(screen.getByText('查看驾驶证信息'))
    await userEvent.click(within(await consentDialog()).getByText('允许'))
    expect(await screen.findByText(/^驾驶证号 2101\*{10}\w{4}$/)).toBeInTheDocument()

    expect(store.getState().audit.map(({ miniAppId, capability, outcome, reason }) => ({ miniAppId, capability, outcome, reason }))).toEqual([
      { miniAppId: 'transport', capability: 'profile.idNumber', outcome: 'allowed', reason: undefined },
      { miniAppId: 'transport', capability: 'profile.idNumber', outcome: 'denied', reason: 'consent-denied' },
    ])
  })

  it('does not ask again once granted, and asks again after a revoke', async () => {
    const headers = { Authorization: 'Bearer mock-at.4102444800000' }
    await fetch('http://localhost/api/consents/transport/profile.idNumber', { method: 'PUT', headers })
    const view = renderMiniAppPage(transportManifest, TransportPage)
    await userEvent.click(await screen.findByText('查看驾驶证信息'))
    expect(await screen.findByText(/^驾驶证号/)).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    view.unmount()

    await fetch('http://localhost/api/consents/transport/profile.idNumber', { method: 'DELETE', headers })
    renderMiniAppPage(transportManifest, TransportPage)
    await userEvent.click(await screen.findByText('查看驾驶证信息'))
    expect(await consentDialog()).toBeInTheDocument()
  })

  it('refuses a scope the manifest did not declare, with a typed error, and records it', async () => {
    let caught: unknown
    function Probe() {
      const mini = useMiniAppScope()
      const dispatch = useAppDispatch()
      return <button onClick={() => readPersonalData(dispatch, mini, 'profile.idNumber').catch((e: unknown) => (caught = e))}>read</button>
    }
    const { store } = renderMiniAppPage(healthManifest, Probe)
    await userEvent.click(await screen.findByText('read'))
    await waitFor(() => expect(isPermissionDenied(caught)).toBe(true))
    expect((caught as Error).message).toBe('Mini-app "health" did not declare "profile.idNumber" in its manifest\'s permissions.')
    expect(store.getState().audit[0]).toMatchObject({ miniAppId: 'health', capability: 'profile.idNumber', outcome: 'denied', reason: 'undeclared' })
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})
