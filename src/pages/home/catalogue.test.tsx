import { http, HttpResponse } from 'msw'
import { configure, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { server } from '@test/msw-server'
import { renderWithShell } from '@test/render-with-shell'
import { servedCatalogue } from '@test/served-catalogue'
import { restoredPicks } from '../../shell/home/picks-slice'
import { restoredSettings } from '../../shell/store/settings-slice'
import MyPage from '../my/index'
import HomePage from './index'

const names = (el: HTMLElement) => [...el.querySelectorAll('.service-row__name')].map((n) => n.textContent)

// Loading and decoding the 3,050-service catalogue takes longer than the default second on a busy machine.
configure({ asyncUtilTimeout: 5000 })

describe('Home on the catalogue', () => {
  it('switches city, remembers it, and lists that city’s hot services', async () => {
    renderWithShell(<HomePage />)
    expect(await screen.findByText('沈阳市热门服务', {}, { timeout: 5000 })).toBeInTheDocument()
    await userEvent.click(screen.getByText('切换城市'))
    await userEvent.click(screen.getByText('大连市'))
    const hot = await screen.findByTestId('home-hot')
    expect(hot).toHaveTextContent('大连市热门服务')
    expect(names(hot)).toEqual(servedCatalogue().hotIn('210200').slice(0, 8).map((s) => s.name['zh-CN']))
    expect(restoredPicks().city).toBe('210200')
  })

  it('shows the cached catalogue with a notice when the network is down', async () => {
    renderWithShell(<HomePage />)
    await screen.findByTestId('home-hot')
    server.use(http.get('*/api/catalogue/index', () => HttpResponse.error()))
    renderWithShell(<HomePage />)
    expect(await screen.findByText('网络不可用，当前显示的是上次保存的服务目录')).toBeInTheDocument()
    expect(await screen.findAllByTestId('home-hot')).toHaveLength(2)
  })

  it('in elder mode shows a simplified Home of favourites and the top services, switched from My and remembered', async () => {
    const my = renderWithShell(<MyPage />)
    await userEvent.click(screen.getByRole('switch', { name: '长辈版模式' }))
    expect(restoredSettings().elderMode).toBe(true)
    my.unmount()
    renderWithShell(<HomePage />, { preloadedState: { settings: restoredSettings() } })
    const top = await screen.findByTestId('home-top')
    expect(within(top).getAllByRole('link')).toHaveLength(6)
    expect(screen.getByTestId('home-favourites')).toBeInTheDocument()
    expect(screen.queryByTestId('home-hot')).not.toBeInTheDocument()
    expect(screen.getByRole('switch', { name: '长辈版模式' })).toHaveAttribute('aria-checked', 'true')
  })
})
