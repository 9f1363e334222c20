import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderMiniAppPage } from '@test/render-with-shell'
import { manifest } from '../../../mini-apps/health/manifest'
import { isPermissionDenied } from '../consent/errors'
import { usePay } from './pay'

describe('usePay', () => {
  it('refuses a mini-app without the payment scope, with a typed error, and records it', async () => {
    let caught: unknown
    function Probe() {
      const pay = usePay()
      return <button onClick={() => pay('o-any').catch((e: unknown) => (caught = e))}>pay</button>
    }
    const { store } = renderMiniAppPage(manifest, Probe)
    await userEvent.click(await screen.findByText('pay'))
    await waitFor(() => expect(isPermissionDenied(caught)).toBe(true))
    expect(store.getState().audit[0]).toMatchObject({ miniAppId: 'health', capability: 'payment', outcome: 'denied', reason: 'undeclared' })
  })
})
