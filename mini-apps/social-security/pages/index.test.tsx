import { screen } from '@testing-library/react'
import { renderWithShell } from '@test/render-with-shell'
import SocialSecurityPage from './index'

describe('social security page', () => {
  it('shows the account balances and recent contributions from the API', async () => {
    renderWithShell(<SocialSecurityPage />)
    expect(await screen.findByText('¥86,532.10')).toBeInTheDocument()
    expect(screen.getByText('¥3,124.80')).toBeInTheDocument()
    expect(screen.getByText('累计缴费 279 个月')).toBeInTheDocument()
    expect(screen.getAllByText(/^2026-10 /)).toHaveLength(2)
  })
})
