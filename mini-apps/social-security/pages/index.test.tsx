import { screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { currentRoute, renderMiniApp, server, switchPersona } from '@sdk/testing'
import { manifest } from '../manifest'
import SocialSecurityPage from './index'

describe('social security page', () => {
  it('shows the account balances and recent contributions from the API', async () => {
    renderMiniApp(manifest, SocialSecurityPage)
    expect(await screen.findByText('¥86,532.10')).toBeInTheDocument()
    expect(screen.getByText('¥3,124.80')).toBeInTheDocument()
    expect(screen.getByText('累计缴费 279 个月')).toBeInTheDocument()
    expect(screen.getAllByText(/^2026-10 /)).toHaveLength(2)
  })
})

describe('social security page for a resident near retirement', () => {
  it('warns in words when the archive and ID-card birth dates disagree', async () => {
    switchPersona('retiree')
    renderMiniApp(manifest, SocialSecurityPage)
    const note = await screen.findByRole('note')
    expect(note).toHaveTextContent('注意：出生日期不一致')
    expect(note).toHaveTextContent('档案出生日期（1965-11-08）与身份证（1966-03-08）不一致')
  })

  it('tells a resident with no insurance record so, with a retry', async () => {
    server.use(http.get('*/api/social-security/account', () => HttpResponse.json({ code: 'NO_ACCOUNT', message: '未查询到您的社保参保记录' }, { status: 404 })))
    renderMiniApp(manifest, SocialSecurityPage)
    expect(await screen.findByText('未查询到您的社保参保记录')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument()
  })

  it('sends a resident below L3 to verification first, with the way back', async () => {
    switchPersona('new-user')
    renderMiniApp(manifest, SocialSecurityPage)
    await waitFor(() => expect(currentRoute()).toBe('packages/account/pages/verify/index'))
    expect(screen.queryByText(/¥/)).not.toBeInTheDocument()
  })
})
