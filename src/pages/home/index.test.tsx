import Taro from '@tarojs/taro'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderWithShell } from '@test/render-with-shell'
import { http, HttpResponse } from 'msw'
import { server } from '@test/msw-server'
import { catalogue } from '../../../mock/generated/catalogue'
import { updateMockState } from '../../../mock/kit/state'
import { tokenVault } from '../../shell/identity/token-vault'
import HomePage from './index'
import { pageRoute, shellRoutes } from '../../shell/navigation/shell-routes'

/** Form scenarios are served too, but are offered only once the shell's form renderer is built. */
const native = catalogue.filter((e) => e.kind === 'native')

describe('home page', () => {
  it('lists every native mini-app of the served catalogue, by name', async () => {
    renderWithShell(<HomePage />)
    expect(native.length).toBeGreaterThan(0)
    for (const entry of native) {
      expect(await screen.findByTestId(`mini-app-${entry.id}`)).toHaveTextContent(entry.name['zh-CN'])
    }
  })

  it('leaves out catalogue entries this build does not carry or this target does not support', async () => {
    const [first] = native
    server.use(
      http.get('*/api/catalogue', () =>
        HttpResponse.json([
          ...native,
          { ...first, id: 'newer-scenario', entry: '/mini-apps/newer-scenario/pages/index' },
          { ...native[1], targets: ['weapp'] },
        ]),
      ),
    )
    renderWithShell(<HomePage />)
    expect(await screen.findByTestId(`mini-app-${first.id}`)).toBeInTheDocument()
    expect(screen.queryByTestId('mini-app-newer-scenario')).not.toBeInTheDocument()
    expect(screen.getAllByTestId(/^mini-app-/)).toHaveLength(native.length)
  })

  it('shows an error with a retry when the catalogue cannot be loaded', async () => {
    server.use(http.get('*/api/catalogue', () => HttpResponse.error(), { once: true }))
    renderWithShell(<HomePage />)
    await userEvent.click(await screen.findByRole('button', { name: '重试' }))
    expect(await screen.findByTestId('mini-app-transport')).toBeInTheDocument()
  })

  it("opens a mini-app at its manifest's entry page", async () => {
    renderWithShell(<HomePage />)
    await userEvent.click(await screen.findByTestId('mini-app-transport'))
    const pages = Taro.getCurrentPages()
    expect(pages[pages.length - 1].route).toBe('mini-apps/transport/pages/index')
  })

  it('speaks English after the resident switches language', async () => {
    renderWithShell(<HomePage />, { preloadedState: { settings: { locale: 'en', elderMode: false } } })
    expect(screen.getByText('Frequently used')).toBeInTheDocument()
    expect(await screen.findByTestId('mini-app-health')).toHaveTextContent('Health')
  })

  it("greets the resident by masked name and shows their cases and unread messages", async () => {
    updateMockState({ persona: 'retiree' })
    renderWithShell(<HomePage />)
    expect(await screen.findByText('刘*华，您好')).toBeInTheDocument()
    expect(await screen.findByText('您有 1 条未读消息')).toBeInTheDocument()
    expect(await screen.findByTestId('case-a-2026-1015')).toHaveTextContent('需补充材料')
  })

  it('says so when a new resident has no cases yet', async () => {
    updateMockState({ persona: 'new-user' })
    renderWithShell(<HomePage />)
    expect(await screen.findByText('暂无办件记录')).toBeInTheDocument()
  })

  it('asks for the privacy agreement at first launch before touching any personal data', async () => {
    const personal: string[] = []
    server.events.on('request:start', ({ request }) => {
      if (!request.url.includes('/api/catalogue')) personal.push(request.url)
    })
    const { store } = renderWithShell(<HomePage />, { preloadedState: { session: { signedIn: true, privacyAccepted: false } } })
    expect(screen.getByRole('dialog', { name: '个人信息保护提示' })).toBeInTheDocument()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(personal).toEqual([])
    await userEvent.click(screen.getByText('同意并继续'))
    expect(store.getState().session.privacyAccepted).toBe(true)
    expect(await screen.findByText('张*明，您好')).toBeInTheDocument()
    server.events.removeAllListeners('request:start')
  })

  it('invites a signed-out resident to sign in, without asking for personal data', async () => {
    tokenVault.clear()
    renderWithShell(<HomePage />)
    await userEvent.click(screen.getByText('登录 / 注册'))
    expect(Taro.getCurrentPages().slice(-1)[0].route).toBe(pageRoute(shellRoutes.login))
    expect(screen.getByText('您好，欢迎使用政务服务')).toBeInTheDocument()
  })
})
