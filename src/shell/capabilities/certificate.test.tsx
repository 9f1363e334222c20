import { useState } from 'react'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { fixtureMiniApp } from '@test/fixtures/fixture-mini-app'
import { renderMiniApp } from '@test/render-with-shell'
import { updateMockState } from '../../../mock/kit/state'
import { TEST_AUTHORIZATION } from '../../../mock/kit/tokens'
import { isApiError } from '../api/errors'
import { isConsentDenied, isPermissionDenied } from '../consent/errors'
import { useCertificate } from './certificate'

/** A mini-app page that reads the driving licence when tapped and shows it, or the kind of refusal. */
function ReadLicence() {
  const read = useCertificate()
  const [shown, setShown] = useState('')
  const go = () =>
    read('driving-licence').then(
      (c) => setShown(`${c.holderName} ${c.number} ${c.validUntil}`),
      (e: unknown) => setShown(isConsentDenied(e) ? 'consent-denied' : isPermissionDenied(e) ? 'undeclared' : isApiError(e) && e.kind === 'http' ? `http ${e.status}` : 'failed'),
    )
  return (
    <div>
      <button onClick={go}>read</button>
      <span data-testid='shown'>{shown}</span>
    </div>
  )
}

const audit = async (miniAppId: string) =>
  ((await (await fetch('http://localhost/api/audit', { headers: TEST_AUTHORIZATION })).json()) as { miniAppId: string; capability: string; outcome: string; reason?: string }[])
    .filter((e) => e.miniAppId === miniAppId)
    .map((e) => `${e.capability} ${e.outcome} ${e.reason ?? ''}`.trim())
const consentDialog = () => screen.findByRole('dialog', { name: '「测试ader」申请使用您的以下信息' })

describe('certificates behind consent (useCertificate)', () => {
  it('refuses without the resident’s consent (ConsentDeniedError), shares once allowed, and the server logs each step', async () => {
    updateMockState({ persona: 'driver' })
    const reader = fixtureMiniApp('licence-reader', ['certificates'])
    renderMiniApp(reader.manifest, ReadLicence)
    await userEvent.click(await screen.findByText('read'))
    const first = await consentDialog()
    expect(first).toHaveTextContent('电子证照')
    await userEvent.click(within(first).getByText('拒绝'))
    await waitFor(() => expect(screen.getByTestId('shown')).toHaveTextContent('consent-denied'))
    expect(await audit('licence-reader')).toEqual(['certificates denied consent-denied'])

    await userEvent.click(screen.getByText('read'))
    await userEvent.click(within(await consentDialog()).getByText('允许'))
    await waitFor(() => expect(screen.getByTestId('shown')).toHaveTextContent(/^王建军 2101\d{13}[\dX] \d{4}-\d{2}-\d{2}$/))
    expect(await audit('licence-reader')).toEqual([
      'certificates allowed',
      'certificates allowed consent-granted',
      'certificates denied consent-denied',
      'certificates denied consent-denied',
    ])
  })

  it('refuses a mini-app that did not declare certificates, before asking, and reports it', async () => {
    renderMiniApp(fixtureMiniApp('no-scopes').manifest, ReadLicence)
    await userEvent.click(await screen.findByText('read'))
    await waitFor(() => expect(screen.getByTestId('shown')).toHaveTextContent('undeclared'))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    await waitFor(async () => expect(await audit('no-scopes')).toEqual(['certificates denied undeclared']))
  })

  it('answers 404 for a certificate the resident does not hold, once granted', async () => {
    updateMockState({ persona: 'retiree' })
    const reader = fixtureMiniApp('licence-reader', ['certificates'])
    await fetch('http://localhost/api/consents/licence-reader/certificates', { method: 'PUT', headers: TEST_AUTHORIZATION })
    renderMiniApp(reader.manifest, ReadLicence)
    await userEvent.click(await screen.findByText('read'))
    await waitFor(() => expect(screen.getByTestId('shown')).toHaveTextContent('http 404'))
  })
})
