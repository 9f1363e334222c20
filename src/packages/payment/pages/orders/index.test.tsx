import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { cashierOpened, payInSandboxCashier } from '@test/payments/sandbox-cashier'
import { currentRoute } from '@test/sdk-testing/personas'
import { renderWithShell } from '@test/render-with-shell'
import { scenarios } from '../../../../../mock/generated/scenarios'
import { TEST_AUTHORIZATION } from '../../../../../mock/kit/tokens'
import OrdersPage from './index'

const api = (path: string, init?: RequestInit) =>
  fetch(`http://localhost/api/${path}`, { ...init, headers: { 'content-type': 'application/json', ...TEST_AUTHORIZATION, ...init?.headers } })

// Any form scenario the registry ships with a fee: filing it leaves an open order, as an app closed before paying would.
const withFee = Object.values(scenarios).find((s) => s.fee)

describe('My → Orders', () => {
  it('pays an open order from its row, as the service that owns it, and the row turns paid', async () => {
    if (!withFee) throw new Error('the registry ships no form scenario with a fee')
    const filed = await (await api('applications', { method: 'POST', body: JSON.stringify({ scenarioId: withFee.id, title: withFee.title['zh-CN'], fields: {} }) })).json()
    renderWithShell(<OrdersPage />)
    const row = await screen.findByTestId(`order-${filed.feeOrderId}`)
    expect(row).toHaveTextContent('待支付')

    await userEvent.click(await within(row).findByText('去支付'))
    await cashierOpened()
    await payInSandboxCashier(filed.feeOrderId)

    await waitFor(() => expect(screen.getByTestId(`order-${filed.feeOrderId}`)).toHaveTextContent('已支付'))
    expect(within(screen.getByTestId(`order-${filed.feeOrderId}`)).queryByText('去支付')).not.toBeInTheDocument()
    // The page stays the orders list: paying here did not open the result page on top.
    expect(currentRoute()).not.toMatch(/cashier|payment-result/)
  })
})
