import type { ComponentType } from 'react'
import Taro from '@tarojs/taro'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { server } from '@test/msw-server'
import { renderWithShell } from '@test/render-with-shell'
import { catalogue } from '../../../mock/generated/catalogue'
import { updateMockState } from '../../../mock/kit/state'
import { SEED_REMOTE_CONFIG } from '../../../mock/shell/remote-config'
import { builtMiniApps } from '../../generated/built-mini-apps'
import FormTasksPage from '../../forms/pages/tasks/index'
import HomePage from './index'
import { formEntryRoute } from '../../sdk/manifest/catalogue'

// Read from the registry: whichever native mini-app this build carries first, and the first form scenario.
const native = catalogue.find((e) => e.kind === 'native' && builtMiniApps[e.id]?.includes('h5'))!
const form = catalogue.find((e) => e.kind === 'form')!
const PAUSED = '该服务正在维护，暂停使用'

/** The registry's generated shim for the native mini-app's entry page: what a deep link opens. */
const entryShim = (): ComponentType => {
  const page = native.entry.replace(/^\/mini-apps\//, '')
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the page is chosen from the registry at run time
  return (require(`../../mini-apps/${page}`) as { default: ComponentType }).default
}

describe('the kill switch', () => {
  it("marks a disabled mini-app on Home with the department's message", async () => {
    updateMockState({ disabled: [native.id] })
    renderWithShell(<HomePage />)
    expect(await screen.findByText(PAUSED)).toBeInTheDocument()
    expect(screen.getByTestId(`mini-app-${native.id}`)).toHaveTextContent(PAUSED)
  })

  it('refuses a disabled mini-app page opened by a deep link, with the message and a way home', async () => {
    updateMockState({ disabled: [native.id] })
    await Taro.navigateTo({ url: native.entry })
    const Page = entryShim()
    renderWithShell(<Page />)
    expect(await screen.findByTestId('mini-app-refused')).toHaveTextContent(PAUSED)
    await userEvent.click(screen.getByRole('button', { name: '返回首页' }))
    const pages = Taro.getCurrentPages()
    expect(pages[pages.length - 1].route).toBe('pages/home/index')
  })

  it('opens the same deep link when the mini-app is enabled', async () => {
    const Page = entryShim()
    const { store } = renderWithShell(<Page />)
    const configLoaded = () => Object.values(store.getState().api.queries).some((q) => q?.endpointName === 'getRemoteConfig' && q.status === 'fulfilled')
    await waitFor(() => expect(configLoaded()).toBe(true))
    expect(screen.queryByTestId('mini-app-refused')).not.toBeInTheDocument()
  })

  it('refuses a disabled form scenario opened by a deep link, before loading its definition', async () => {
    updateMockState({ disabled: [form.id] })
    let definitionAsked = false
    server.use(http.get('*/api/scenarios/:id', () => ((definitionAsked = true), HttpResponse.json({}))))
    await Taro.navigateTo({ url: formEntryRoute(form.id) })
    renderWithShell(<FormTasksPage />)
    expect(await screen.findByTestId('mini-app-refused')).toHaveTextContent(PAUSED)
    expect(definitionAsked).toBe(false)
  })
})

describe('gray release and notices on Home', () => {
  it('does not offer a mini-app to a resident outside its rollout, and shows the notices', async () => {
    updateMockState({ remoteConfig: { ...SEED_REMOTE_CONFIG, miniApps: { [native.id]: { enabled: true, rollout: { percent: 0, users: ['someone-else'] } } } } })
    renderWithShell(<HomePage />)
    expect(await screen.findByTestId('notice-welcome')).toBeInTheDocument()
    const others = catalogue.filter((e) => e.kind === 'native' && e.id !== native.id && builtMiniApps[e.id]?.includes('h5'))
    for (const entry of others) expect(await screen.findByTestId(`mini-app-${entry.id}`)).toBeInTheDocument()
    expect(screen.queryByTestId(`mini-app-${native.id}`)).not.toBeInTheDocument()
  })

  it('asks the resident to update when the shell is below the minimum version', async () => {
    updateMockState({ remoteConfig: { ...SEED_REMOTE_CONFIG, minShellVersion: '99.0.0' } })
    renderWithShell(<HomePage />)
    expect(await screen.findByTestId('shell-outdated')).toHaveTextContent('请更新到最新版本')
  })
})
