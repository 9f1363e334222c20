import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import Taro from '@tarojs/taro'
import { renderWithShell } from '@test/render-with-shell'
import { scenarios } from '../../../../../mock/generated/scenarios'
import { TEST_AUTHORIZATION } from '../../../../../mock/kit/tokens'
import { reportCashierResult } from '../../../../shell/payment/adapter'
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
    await waitFor(() => expect(Taro.getCurrentPages().slice(-1)[0]?.route).toContain('pages/cashier/index'))
    expect((await api(`sandbox/cashier/${filed.feeOrderId}/pay`, { method: 'POST' })).status).toBe(200)
    reportCashierResult(filed.feeOrderId, 'completed')

    await waitFor(() => expect(screen.getByTestId(`order-${filed.feeOrderId}`)).toHaveTextContent('已支付'))
    expect(within(screen.getByTestId(`order-${filed.feeOrderId}`)).queryByText('去支付')).not.toBeInTheDocument()
    // The page stays the orders list: paying here did not open the result page on top.
    expect(Taro.getCurrentPages().slice(-1)[0]?.route).not.toMatch(/cashier|payment-result/)
  })
})
