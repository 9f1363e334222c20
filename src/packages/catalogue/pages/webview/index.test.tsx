import Taro from '@tarojs/taro'
import { configure, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderWithShell } from '@test/render-with-shell'
import { aService } from '@test/served-catalogue'
import { isAllowedWebviewUrl } from '../../../../shell/catalogue'
import { shellRoutes } from '../../../../shell/navigation/shell-routes'
import WebviewPage from './index'

const open = async (id: string) => {
  await Taro.navigateTo({ url: `${shellRoutes.webview}?id=${id}` })
  renderWithShell(<WebviewPage />)
}

// Loading and decoding the 3,050-service catalogue takes longer than the default second on a busy machine.
configure({ asyncUtilTimeout: 5000 })

describe('the web view page', () => {
  it('shows the page’s title and a "leaving the app" notice, then opens the page exactly as listed', async () => {
    const page = aService('web page on the allow-list', (s) => s.kind === 'webview' && isAllowedWebviewUrl(s.url))
    if (page.kind !== 'webview') throw new Error('not a web page')
    await open(page.id)
    expect(await screen.findByText(page.pageTitle['zh-CN'])).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('您即将离开本应用')
    await userEvent.click(screen.getByText('继续访问'))
    // The resident's token never goes along: the address is the catalogue's, nothing added.
    expect(document.querySelector('iframe')?.getAttribute('src')).toBe(page.url)
  })

  it('refuses a host off the allow-list with a message, and opens nothing', async () => {
    const page = aService('web page off the allow-list', (s) => s.kind === 'webview' && !isAllowedWebviewUrl(s.url))
    await open(page.id)
    expect(await screen.findByTestId('webview-refused')).toHaveTextContent('出于安全考虑，本应用不打开')
    expect(screen.queryByText('继续访问')).not.toBeInTheDocument()
    expect(document.querySelector('iframe')).toBeNull()
  })
})
