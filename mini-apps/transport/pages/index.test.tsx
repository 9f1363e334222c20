import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { renderMiniApp, server } from '@sdk/testing'
import { manifest } from '../manifest'
import TransportPage from './index'

describe('transport page', () => {
  it('shows the bus card balance and the unpaid violations from the API', async () => {
    renderMiniApp(manifest, TransportPage)
    expect(await screen.findByText('¥42.50')).toBeInTheDocument()
    expect(await screen.findByTestId('violation-v-2026-0001')).toHaveTextContent('罚款 ¥200.00 · 记 3 分')
    expect(screen.getByTestId('violation-v-2026-0002')).toBeInTheDocument()
    // Unpaid is the default filter, so the paid one is hidden.
    expect(screen.queryByTestId('violation-v-2026-0003')).not.toBeInTheDocument()
  })

  it("filters violations through the mini-app's own slice", async () => {
    renderMiniApp(manifest, TransportPage)
    await screen.findByTestId('violation-v-2026-0001')
    const paidFilter = screen.getByText('已缴款').closest('[aria-selected]')!
    await userEvent.click(paidFilter)
    expect(paidFilter).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByTestId('violation-v-2026-0003')).toBeInTheDocument()
    expect(screen.queryByTestId('violation-v-2026-0001')).not.toBeInTheDocument()
  })

  it('shows a clear error with a retry when the API fails, then recovers', async () => {
    let calls = 0
    server.use(
      http.get('*/api/transport/violations', () => {
        calls += 1
        return calls === 1 ? HttpResponse.json({ code: 'UPSTREAM', message: '交管系统维护中' }, { status: 503 }) : undefined
      }),
    )
    renderMiniApp(manifest, TransportPage)
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText('交管系统维护中')).toBeInTheDocument()
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }))
    expect(await screen.findByTestId('violation-v-2026-0001')).toBeInTheDocument()
  })
})
