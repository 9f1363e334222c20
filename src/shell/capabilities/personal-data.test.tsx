import { useState } from 'react'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { fixtureMiniApp } from '@test/fixtures/fixture-mini-app'
import { renderMiniApp } from '@test/render-with-shell'
import { TEST_AUTHORIZATION } from '../../../mock/kit/tokens'
import { isConsentDenied, isPermissionDenied } from '../consent/errors'
import { usePersonalData } from './personal-data'

/** A page that reads the ID number when tapped and shows the value or the kind of refusal. */
function ReadIdNumber() {
  const read = usePersonalData()
  const [shown, setShown] = useState('')
  const go = () =>
    read('profile.idNumber').then(setShown, (e: unknown) => setShown(isConsentDenied(e) ? 'consent-denied' : isPermissionDenied(e) ? `undeclared: ${(e as Error).message}` : 'failed'))
  return (
    <div>
      <button onClick={go}>read</button>
      <span data-testid='shown'>{shown}</span>
    </div>
  )
}

const audit = async () => ((await (await fetch('http://localhost/api/audit', { headers: TEST_AUTHORIZATION })).json()) as { capability: string; outcome: string; reason?: string; source: string }[])
  .map((e) => `${e.capability} ${e.outcome} ${e.reason ?? ''} ${e.source}`.replace('  ', ' '))
const consentDialog = () => screen.findByRole('dialog', { name: '「测试ader」申请使用您的以下信息' })

describe('personal data behind consent', () => {
  it('asks first, respects a denial, then shares once allowed — and the server audits each step', async () => {
    const reader = fixtureMiniApp('id-reader', ['profile.idNumber'])
    renderMiniApp(reader.manifest, ReadIdNumber)
    await userEvent.click(await screen.findByText('read'))
    const first = await consentDialog()
    expect(first).toHaveTextContent('身份证号')
    expect(first).toHaveTextContent('用途：测试需要')
    await userEvent.click(within(first).getByText('拒绝'))
    await waitFor(() => expect(screen.getByTestId('shown')).toHaveTextContent('consent-denied'))

    await userEvent.click(screen.getByText('read'))
    await userEvent.click(within(await consentDialog()).getByText('允许'))
    await waitFor(() => expect(screen.getByTestId('shown')).toHaveTextContent(/^2101\d{13}[\dX]$/))
    expect(await audit()).toEqual([
      'profile.idNumber allowed server',
      'profile.idNumber allowed consent-granted server',
      'profile.idNumber denied consent-denied server',
      'profile.idNumber denied consent-denied server',
    ])
  })

  it('does not ask again once granted, and asks again after a revoke', async () => {
    const reader = fixtureMiniApp('id-reader', ['profile.idNumber'])
    await fetch('http://localhost/api/consents/id-reader/profile.idNumber', { method: 'PUT', headers: TEST_AUTHORIZATION })
    const view = renderMiniApp(reader.manifest, ReadIdNumber)
    await userEvent.click(await screen.findByText('read'))
    await waitFor(() => expect(screen.getByTestId('shown')).toHaveTextContent(/^2101/))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    view.unmount()

    await fetch('http://localhost/api/consents/id-reader/profile.idNumber', { method: 'DELETE', headers: TEST_AUTHORIZATION })
    renderMiniApp(reader.manifest, ReadIdNumber)
    await userEvent.click(await screen.findByText('read'))
    expect(await consentDialog()).toBeInTheDocument()
  })

  it('refuses a scope the manifest did not declare, with a typed error, before asking, and reports it', async () => {
    const silent = fixtureMiniApp('no-scopes')
    renderMiniApp(silent.manifest, ReadIdNumber)
    await userEvent.click(await screen.findByText('read'))
    await waitFor(() => expect(screen.getByTestId('shown')).toHaveTextContent('undeclared: Mini-app "no-scopes" did not declare "profile.idNumber"'))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    await waitFor(async () => expect(await audit()).toEqual(['profile.idNumber denied undeclared client']))
  })
})
