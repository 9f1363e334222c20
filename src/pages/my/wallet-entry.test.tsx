import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import Taro from '@tarojs/taro'
import { renderWithShell } from '@test/render-with-shell'
import { updateMockState } from '../../../mock/kit/state'
import { pageRoute, shellRoutes } from '../../shell/navigation/shell-routes'
import MyPage from './index'

describe('电子证照 on My', () => {
  it('is one row away, and opens the wallet in its subpackage', async () => {
    updateMockState({ persona: 'driver' })
    renderWithShell(<MyPage />)
    await userEvent.click(await screen.findByRole('link', { name: '电子证照' }))
    expect(Taro.getCurrentPages().slice(-1)[0].route).toBe(pageRoute(shellRoutes.wallet))
  })
})
