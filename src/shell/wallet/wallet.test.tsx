import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import Taro from '@tarojs/taro'
import { renderWithShell } from '@test/render-with-shell'
import { updateMockState } from '../../../mock/kit/state'
import { pageRoute, shellRoutes } from '../navigation/shell-routes'
import { CertificateDetail } from './certificate-detail'
import { CertificateList } from './certificate-list'
import { QR_REFRESH_MS } from './counter-qr'

const currentRoute = () => Taro.getCurrentPages().slice(-1)[0].route
const MASKED_ID = /^2101\*{10}\d{3}[\dX]$/
/** What a counter's scanner does with a token: asks the server. */
const verify = async (token: string) => {
  const response = await fetch('http://localhost/api/wallet/qr/verify', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) })
  return { status: response.status, body: await response.json() }
}
const numberShown = () => screen.getByTestId('certificate-number').textContent?.replace('证件号码', '') ?? ''
const tokenShown = () => screen.getByTestId('counter-qr').getAttribute('data-token') ?? ''

afterEach(() => jest.useRealTimers())

describe('电子证照', () => {
  it('lists the driver’s certificates masked, the licence expiring, and opens one', async () => {
    updateMockState({ persona: 'driver' })
    renderWithShell(<CertificateList />)
    const licence = await screen.findByTestId('certificate-driving-licence')
    expect(licence).toHaveTextContent('机动车驾驶证')
    expect(licence).toHaveTextContent('即将到期')
    expect(licence).toHaveTextContent(/2101\*{10}\d{3}[\dX]/)
    expect(screen.getByTestId('certificate-id-card')).toHaveTextContent('有效')
    expect(document.body.textContent).not.toMatch(/2101\d{13}/)
    await userEvent.click(licence.querySelector('[role="button"]')!)
    expect(currentRoute()).toBe(pageRoute(shellRoutes.certificate))
  })

  it('tells a resident with no certificates how they come, in English too', async () => {
    updateMockState({ persona: 'new-user' })
    renderWithShell(<CertificateList />, { preloadedState: { settings: { locale: 'en', elderMode: true } } })
    expect(await screen.findByText('No e-certificates yet: they arrive once your real name is verified')).toBeInTheDocument()
  })

  it('reveals the full number only after re-authentication with an SMS code', async () => {
    updateMockState({ persona: 'driver' })
    renderWithShell(<CertificateDetail type='driving-licence' />)
    await screen.findByTestId('certificate-detail')
    expect(numberShown()).toMatch(MASKED_ID)
    expect(screen.getByText(/证照即将到期，请在到期前办理换领/)).toBeInTheDocument()
    await userEvent.click(screen.getByText('查看完整号码'))
    await userEvent.click(screen.getByText('发送验证码'))
    const code = screen.getByLabelText('短信验证码')
    await userEvent.type(code, '000000')
    await userEvent.click(screen.getByText('验证并查看'))
    expect(await screen.findByRole('alert')).toHaveTextContent('验证码错误或已过期')
    expect(numberShown()).toMatch(MASKED_ID)
    await userEvent.clear(code)
    await userEvent.type(code, '123456')
    await userEvent.click(screen.getByText('验证并查看'))
    await waitFor(() => expect(numberShown()).toMatch(/^2101\d{13}[\dX]$/))
    expect(screen.getByText('60 秒后自动隐藏')).toBeInTheDocument()
  })

  it('shows a counter QR whose token changes every 60 s, the old one refused by the server', async () => {
    updateMockState({ persona: 'resident' })
    renderWithShell(<CertificateDetail type='id-card' />)
    await screen.findByTestId('certificate-detail')
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'] })
    fireEvent.click(screen.getByText('出示二维码'))
    await waitFor(() => expect(tokenShown()).not.toBe(''))
    const first = tokenShown()
    expect(screen.getByTestId('counter-qr').getAttribute('src')).toMatch(/^data:image\/gif;base64,/)
    expect(await verify(first)).toMatchObject({ status: 200, body: { type: 'id-card', holderNameMasked: '张*明' } })

    await act(async () => void jest.advanceTimersByTime(QR_REFRESH_MS))
    await waitFor(() => expect(tokenShown()).not.toBe(first))
    expect(await verify(first)).toMatchObject({ status: 410, body: { code: expect.stringMatching(/^QR_(EXPIRED|SUPERSEDED)$/) } })
    expect(await verify(tokenShown())).toMatchObject({ status: 200 })

    fireEvent.click(screen.getByText('收起二维码'))
    expect(screen.queryByTestId('counter-qr')).not.toBeInTheDocument()
  })

  it('says so when the certificate is not in the wallet', async () => {
    updateMockState({ persona: 'retiree' })
    renderWithShell(<CertificateDetail type='driving-licence' />)
    expect(await screen.findByText(/您的卡包中没有该证照/)).toBeInTheDocument()
  })
})
