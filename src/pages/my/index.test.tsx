import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderWithShell } from '@test/render-with-shell'
import MyPage from './index'

describe('my page', () => {
  it('switches the whole shell to English and back', async () => {
    const { store } = renderWithShell(<MyPage />)
    expect(screen.getByText('未登录')).toBeInTheDocument()
    await userEvent.click(screen.getByText('English'))
    expect(store.getState().settings.locale).toBe('en')
    expect(screen.getByText('Not signed in')).toBeInTheDocument()
    await userEvent.click(screen.getByText('中文'))
    expect(screen.getByText('未登录')).toBeInTheDocument()
  })

  it('shows how many services this build carries and the shell version', async () => {
    renderWithShell(<MyPage />)
    expect(await screen.findByText('已接入 3 项服务')).toBeInTheDocument()
    expect(screen.getByText(/^框架版本 \d+\.\d+\.\d+$/)).toBeInTheDocument()
  })
})
