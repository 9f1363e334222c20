import Taro from '@tarojs/taro'
import { configure, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderWithShell } from '@test/render-with-shell'
import { server } from '@test/msw-server'
import { aService, offeredIn } from '@test/served-catalogue'
import { tokenVault } from '../../../../shell/identity/token-vault'
import { restoredPicks } from '../../../../shell/home/picks-slice'
import { shellRoutes } from '../../../../shell/navigation/shell-routes'
import HomePage from '../../../../pages/home/index'
import ServicePage from './index'

const DALIAN = '210200'
const gjjGuide = aService('公积金 guide in Dalian', (s) => s.kind === 'guide' && s.name['zh-CN'].includes('公积金') && offeredIn(DALIAN)(s))
const picks = { ...restoredPicks(), city: DALIAN }

const openGuide = async () => {
  await Taro.navigateTo({ url: `${shellRoutes.service}?id=${gjjGuide.id}` })
  return renderWithShell(<ServicePage />, { preloadedState: { picks } })
}

// Loading and decoding the 3,050-service catalogue takes longer than the default second on a busy machine.
configure({ asyncUtilTimeout: 5000 })

describe('the service page', () => {
  afterEach(() => server.events.removeAllListeners())

  it('renders the guide from data: what, who, materials, fee, time limit, where and how many visits', async () => {
    await openGuide()
    const guide = await screen.findByTestId('guide')
    for (const heading of ['事项说明', '办理对象', '申请材料', '收费标准', '办理时限', '办理地点']) expect(within(guide).getByText(heading)).toBeInTheDocument()
    expect(within(guide).getByText(/^(零跑动|最多跑一次)$/)).toBeInTheDocument()
    expect(screen.getByText(gjjGuide.name['zh-CN'])).toBeInTheDocument()
  })

  it('keeps a signed-in resident’s favourite on the server, and Home lists it', async () => {
    const saved: string[] = []
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'PUT' && new URL(request.url).pathname.startsWith('/api/favourites/')) saved.push(request.url)
    })
    const { unmount } = await openGuide()
    await userEvent.click(await screen.findByText('☆ 收藏'))
    expect(await screen.findByText('★ 取消收藏')).toBeInTheDocument()
    expect(saved).toHaveLength(1)
    unmount()
    renderWithShell(<HomePage />, { preloadedState: { picks } })
    expect(await within(await screen.findByTestId('home-favourites')).findByText(gjjGuide.name['zh-CN'])).toBeInTheDocument()
  })

  it('keeps favourites on the device while signed out', async () => {
    tokenVault.clear()
    const { store } = await openGuide()
    await userEvent.click(await screen.findByText('☆ 收藏'))
    expect(await screen.findByText('★ 取消收藏')).toBeInTheDocument()
    expect(store.getState().picks.favourites).toEqual([gjjGuide.id])
  })

  it('merges the device’s favourites into the server’s once signed in, then forgets them', async () => {
    const merged: unknown[] = []
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && new URL(request.url).pathname === '/api/favourites') void request.clone().json().then((body) => merged.push(body))
    })
    const { store } = renderWithShell(<HomePage />, { preloadedState: { picks: { ...picks, favourites: [gjjGuide.id] } } })
    expect(await within(await screen.findByTestId('home-favourites')).findByText(gjjGuide.name['zh-CN'])).toBeInTheDocument()
    await waitFor(() => expect(store.getState().picks.favourites).toEqual([]))
    expect(merged).toEqual([{ ids: [gjjGuide.id] }])
  })
})
