import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { fixtureMiniApp } from '@test/fixtures/fixture-mini-app'
import { renderMiniApp } from '@test/render-with-shell'
import { TEST_AUTHORIZATION } from '../../../mock/kit/tokens'
import { isPermissionDenied } from '../consent/errors'
import { usePay } from './pay'

describe('usePay', () => {
  it('refuses a mini-app without the payment scope, with a typed error, and the refusal is in the privacy log', async () => {
    let caught: unknown
    function Probe() {
      const pay = usePay()
      return <button onClick={() => pay('o-any').catch((e: unknown) => (caught = e))}>pay</button>
    }
    renderMiniApp(fixtureMiniApp('no-payment').manifest, Probe)
    await userEvent.click(await screen.findByText('pay'))
    await waitFor(() => expect(isPermissionDenied(caught)).toBe(true))
    await waitFor(async () => {
      const log = await (await fetch('http://localhost/api/audit', { headers: TEST_AUTHORIZATION })).json()
      expect(log[0]).toMatchObject({ miniAppId: 'no-payment', capability: 'payment', outcome: 'denied', reason: 'undeclared', source: 'client' })
    })
  })
})
