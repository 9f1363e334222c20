import Taro from '@tarojs/taro'
import { fireEvent, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderWithShell } from '@test/render-with-shell'
import { MOCK_SMS_CODE } from '../../../../../mock/shell/auth'
import { tokenVault } from '../../../../shell/identity/token-vault'
import LoginPage from './index'
import { shellRoutes } from '../../../../shell/navigation/shell-routes'

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })
const currentRoute = () => Taro.getCurrentPages().slice(-1)[0].route

beforeEach(() => tokenVault.clear())

describe('signing in on H5 and RN: phone and SMS code', () => {
  it('sends a code, counts down, signs in and returns to where the resident was going', async () => {
    await Taro.navigateTo({ url: `${shellRoutes.login}?redirect=%2Fmini-apps%2Fany-service%2Fpages%2Findex` })
    const { store } = renderWithShell(<LoginPage />)
    type('手机号', '13812345678')
    await userEvent.click(screen.getByText('获取验证码'))
    expect(await screen.findByText('验证码已发送')).toBeInTheDocument()
    expect(screen.getByText(/^\d+ 秒后重新获取$/)).toBeInTheDocument()
    type('验证码', MOCK_SMS_CODE)
    await userEvent.click(screen.getByText('登录'))
    await screen.findByText('登录') // still mounted until navigation in a real app
    expect(store.getState().session.signedIn).toBe(true)
    const { accessToken } = tokenVault.get()!
    expect(accessToken).toMatch(/^mock\./)
    // The access token lives in memory only: nothing in storage holds it.
    expect(Taro.getStorageInfoSync().keys.map((key) => JSON.stringify(Taro.getStorageSync(key))).join()).not.toContain(accessToken)
    expect(currentRoute()).toBe('mini-apps/any-service/pages/index')
  })

  it("passes on the server's rate-limit message and waits as long as it says", async () => {
    renderWithShell(<LoginPage />)
    type('手机号', '13812345678')
    await fetch('http://localhost/api/auth/sms/send', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ phone: '13812345678' }) })
    await userEvent.click(screen.getByText('获取验证码'))
    expect(await screen.findByText(/^发送过于频繁，请 \d+ 秒后再试$/)).toBeInTheDocument()
    expect(screen.getByText(/秒后重新获取$/)).toBeInTheDocument()
  })

  it('catches a bad phone number or a wrong code without losing what was typed', async () => {
    renderWithShell(<LoginPage />)
    type('手机号', '1381234')
    await userEvent.click(screen.getByText('获取验证码'))
    expect(screen.getByText('请输入正确的 11 位手机号')).toBeInTheDocument()
    type('手机号', '13812345678')
    type('验证码', '000000')
    await userEvent.click(screen.getByText('登录'))
    expect(await screen.findByText('验证码错误或已过期')).toBeInTheDocument()
    expect(screen.getByLabelText('手机号')).toHaveDisplayValue('13812345678')
    expect(tokenVault.get()).toBeUndefined()
  })
})

describe('signing in on weapp: wx.login', () => {
  const target = process.env.TARO_ENV
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp'
  })
  afterEach(() => {
    process.env.TARO_ENV = target
  })

  it('exchanges the wx.login code on the server and keeps only our own session', async () => {
    const login = jest.spyOn(Taro, 'login')
    const { store } = renderWithShell(<LoginPage />)
    await userEvent.click(screen.getByText('微信一键登录'))
    expect(login).toHaveBeenCalledTimes(1)
    await screen.findByText('微信一键登录')
    expect(store.getState().session.signedIn).toBe(true)
    expect(JSON.stringify(tokenVault.get())).not.toContain('session_key')
    expect(currentRoute()).toBe('pages/home/index')
  })
})
