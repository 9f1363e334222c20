import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { cashierOpened, payInSandboxCashier } from '@test/payments/sandbox-cashier'
import { currentRoute } from '@test/sdk-testing/personas'
import { renderWithShell } from '@test/render-with-shell'
import { scenarios } from '../../../mock/generated/scenarios'
import { TEST_AUTHORIZATION } from '../../../mock/kit/tokens'
import { formatFen } from '../format/money'
import { CaseDetail } from './case-detail'

const api = (path: string, init?: RequestInit) =>
  fetch(`http://localhost/api/${path}`, { ...init, headers: { 'content-type': 'application/json', ...TEST_AUTHORIZATION, ...init?.headers } })

// Any form scenario the registry ships with a fee.
const withFee = Object.values(scenarios).find((s) => s.fee)

describe('a case whose fee was left unpaid (the app closed before paying)', () => {
  it('shows the fee due and is paid from the case, as its own service; the receipt and the timeline step follow', async () => {
    if (!withFee?.fee) throw new Error('the registry ships no form scenario with a fee')
    const filed = await (await api('applications', { method: 'POST', body: JSON.stringify({ scenarioId: withFee.id, title: withFee.title['zh-CN'], fields: {} }) })).json()
    renderWithShell(<CaseDetail id={filed.id} />)
    const fee = await screen.findByTestId('case-fee')
    expect(fee).toHaveTextContent(`待缴费用 ${formatFen(withFee.fee.amountFen)}，缴费后方可办理`)

    await userEvent.click(await within(fee).findByText('去缴费'))
    // The payment shell's cashier opens for the order the server opened; the resident pays there.
    await cashierOpened()
    await payInSandboxCashier(filed.feeOrderId)

    await waitFor(() => expect(screen.getByTestId('case-fee').dataset.status).toBe('paid'))
    expect(screen.getByTestId('case-fee')).toHaveTextContent(/已缴费用 .+，收据号 LN-FS-/)
    expect(currentRoute()).not.toContain('cashier')
    await waitFor(() => expect(screen.getByTestId('case-timeline')).toHaveTextContent(`已缴纳${withFee.fee?.description['zh-CN']}`))
    expect(within(screen.getByTestId('case-fee')).queryByText('去缴费')).not.toBeInTheDocument()
  })
})
