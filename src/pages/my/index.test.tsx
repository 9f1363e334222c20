import { fireEvent, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderWithShell } from '@test/render-with-shell'
import Taro from '@tarojs/taro'
import { modalPrompts, queueModalAnswer } from '@test/taro/taro'
import { tokenVault } from '../../shell/identity/token-vault'
import { scenarios } from '../../../mock/generated/scenarios'
import { builtMiniAppIds } from '../../shell/catalogue/catalogue'
import MyPage from './index'

describe('my page', () => {
  it('switches the whole shell to English and back', async () => {
    tokenVault.clear()
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
    // Native mini-apps built in, and every form scenario (the shell's renderer carries them all).
    const carried = builtMiniAppIds('h5').size + Object.keys(scenarios).length
    expect(await screen.findByText(`已接入 ${carried} 项服务`)).toBeInTheDocument()
    expect(screen.getByText(/^框架版本 \d+\.\d+\.\d+$/)).toBeInTheDocument()
  })

  it('shows the signed-in resident masked, with their identity level', async () => {
    renderWithShell(<MyPage />)
    expect(await screen.findByText('张*明')).toBeInTheDocument()
    expect(await screen.findByTestId('identity-level')).toHaveTextContent('已实名（人脸核验） · L3')
    expect(screen.getByText('139****2046')).toBeInTheDocument()
  })

  it('signs out and forgets everything personal on the device', async () => {
    Taro.setStorageSync('mini-app:transport:draft', { plate: '辽A' })
    const { store } = renderWithShell(<MyPage />)
    await userEvent.click(await screen.findByText('退出登录'))
    expect(await screen.findByText('未登录')).toBeInTheDocument()
    expect(store.getState().session.signedIn).toBe(false)
    expect(tokenVault.get()).toBeUndefined()
    expect(Taro.getStorageSync('mini-app:transport:draft')).toBe('')
  })

  it('warns before sign-out clears unsent drafts, and keeps them when the resident stays', async () => {
    const draft = 'forms:draft:v1:r1:some-scenario'
    Taro.setStorageSync(draft, '{}')
    const { store } = renderWithShell(<MyPage />)
    queueModalAnswer(false)
    await userEvent.click(await screen.findByText('退出登录'))
    expect(modalPrompts).toEqual([expect.objectContaining({ content: expect.stringContaining('1 份未提交的草稿'), confirmText: '仍然退出' })])
    expect(store.getState().session.signedIn).toBe(true)
    expect(Taro.getStorageSync(draft)).toBe('{}')
    queueModalAnswer(true)
    await userEvent.click(screen.getByText('退出登录'))
    expect(await screen.findByText('未登录')).toBeInTheDocument()
    expect(Taro.getStorageSync(draft)).toBe('')
  })

  it("keeps WeChat's modal buttons within its 4 characters in every language", async () => {
    const { myZhCN } = await import('../../locales/my/zh-CN')
    const { myEn } = await import('../../locales/my/en')
    for (const my of [myZhCN, myEn]) for (const label of [my.signOutAnyway, my.keepSignedIn]) expect([...label].length).toBeLessThanOrEqual(4)
  })

  it('shows unmasked data only after a fresh SMS code, and not for long', async () => {
    renderWithShell(<MyPage />)
    await userEvent.click(await screen.findByText('查看完整信息'))
    await userEvent.click(screen.getByText('发送验证码'))
    fireEvent.change(screen.getByLabelText('验证码'), { target: { value: '000000' } })
    await userEvent.click(screen.getByText('确认查看'))
    expect(await screen.findByText('验证码错误或已过期')).toBeInTheDocument()
    expect(screen.queryByTestId('revealed-identity')).not.toBeInTheDocument()
    fireEvent.change(screen.getByLabelText('验证码'), { target: { value: '123456' } })
    await userEvent.click(screen.getByText('确认查看'))
    const revealed = await screen.findByTestId('revealed-identity')
    expect(revealed).toHaveTextContent('张晓明')
    expect(revealed).toHaveTextContent(/2101021985031235\w{2}/)
    expect(revealed).toHaveTextContent('完整信息将在 60 秒后隐藏')
  })
})
