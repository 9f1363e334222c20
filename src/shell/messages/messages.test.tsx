import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import Taro from '@tarojs/taro'
import { renderWithShell } from '@test/render-with-shell'
import { updateMockState } from '../../../mock/kit/state'
import { pageRoute, shellRoutes } from '../navigation/shell-routes'
import { MessageList } from './message-list'

const currentRoute = () => Taro.getCurrentPages().slice(-1)[0].route

describe('消息中心', () => {
  it('opens the case a case-status message is about', async () => {
    updateMockState({ persona: 'retiree' })
    renderWithShell(<MessageList />)
    await userEvent.click(await screen.findByText('退休申请需补充材料'))
    expect(currentRoute()).toBe(pageRoute(shellRoutes.caseDetail))
    // The list behind the case page has marked it read.
    await waitFor(() => expect(screen.getByTestId('message-m-retire')).not.toHaveTextContent('未读'))
  })

  it('opens the wallet on the certificate an expiry message is about', async () => {
    updateMockState({ persona: 'driver' })
    renderWithShell(<MessageList />)
    await userEvent.click(await screen.findByTestId('message-m-expiry-driving-licence'))
    expect(currentRoute()).toBe(pageRoute(shellRoutes.certificate))
    expect(Taro.getCurrentPages().length).toBe(2)
    await waitFor(() => expect(screen.getByTestId('message-m-expiry-driving-licence')).not.toHaveTextContent('未读'))
  })

  it('speaks English, and tells a resident with no messages so', async () => {
    updateMockState({ persona: 'hr-agent' })
    renderWithShell(<MessageList />, { preloadedState: { settings: { locale: 'en', elderMode: true } } })
    expect(await screen.findByText('No messages yet')).toBeInTheDocument()
  })
})
