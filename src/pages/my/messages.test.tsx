import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import Taro from '@tarojs/taro'
import { renderWithShell } from '@test/render-with-shell'
import { tabBarBadges } from '@test/taro/taro'
import { updateMockState } from '../../../mock/kit/state'
import { tokenVault } from '../../shell/identity/token-vault'
import { MessageList } from '../../shell/messages/message-list'
import { MY_TAB_INDEX } from '../../shell/platform/tab-badge'
import MyPage from './index'

/** The message centre beside My, in one store, as a resident moves between them. */
const renderCentreAndMy = () => renderWithShell(<><MessageList /><MyPage /></>)
const myBadge = () => screen.queryByTestId('my-unread')?.textContent
const currentRoute = () => Taro.getCurrentPages().slice(-1)[0].route

describe('unread messages on My (消息)', () => {
  it('shows the unread count on My’s 消息 row and on the My tab’s badge', async () => {
    updateMockState({ persona: 'driver' })
    renderWithShell(<MyPage />)
    await waitFor(() => expect(myBadge()).toBe('2'))
    expect(screen.getByRole('link', { name: '消息，2 条未读' })).toBeInTheDocument()
    expect(tabBarBadges.get(MY_TAB_INDEX)).toBe('2')
  })

  it('marks one message read when it is opened, and the count drops', async () => {
    updateMockState({ persona: 'driver' })
    renderCentreAndMy()
    await waitFor(() => expect(myBadge()).toBe('2'))
    await userEvent.click(await screen.findByTestId('message-m-fine'))
    await waitFor(() => expect(myBadge()).toBe('1'))
    expect(tabBarBadges.get(MY_TAB_INDEX)).toBe('1')
    expect(screen.getByTestId('message-m-fine')).not.toHaveTextContent('未读')
    // Nothing to open for a notice: the resident stays on the message centre.
    expect(currentRoute()).toBe('pages/home/index')
  })

  it('marks every message read with 全部已读, and the badges go', async () => {
    updateMockState({ persona: 'parent' })
    renderCentreAndMy()
    await waitFor(() => expect(Number(myBadge())).toBeGreaterThan(1))
    await userEvent.click(screen.getByText('全部已读'))
    await waitFor(() => expect(myBadge()).toBeUndefined())
    expect(tabBarBadges.has(MY_TAB_INDEX)).toBe(false)
    expect(screen.queryByText('未读')).not.toBeInTheDocument()
    expect(screen.queryByText('全部已读')).not.toBeInTheDocument()
  })

  it('shows no badge to a signed-out resident', async () => {
    tokenVault.clear()
    renderWithShell(<MyPage />)
    expect(await screen.findByText('未登录')).toBeInTheDocument()
    expect(tabBarBadges.has(MY_TAB_INDEX)).toBe(false)
  })
})
