import Taro from '@tarojs/taro'
import { configure, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderWithShell } from '@test/render-with-shell'
import { restoredPicks } from '../../../../shell/home/picks-slice'
import { PLAIN_ROWS } from '../../../../shell/home/service-list'
import SearchPage from './index'

const DALIAN = '210200'

const typed = async (query: string) => {
  renderWithShell(<SearchPage />, { preloadedState: { picks: { ...restoredPicks(), city: DALIAN } } })
  const input = await screen.findByLabelText('搜索服务')
  await userEvent.type(input, query)
}

// Loading and decoding the 3,050-service catalogue takes longer than the default second on a busy machine.
configure({ asyncUtilTimeout: 5000 })

describe('the search page', () => {
  it('finds 公积金 by its initials, marks the match, and shows other cities’ services apart', async () => {
    await typed('gjj')
    const offered = await screen.findByTestId('search-offered', {}, { timeout: 5000 })
    expect(within(offered).getByText('大连市可办')).toBeInTheDocument()
    const marked = offered.querySelectorAll('.service-row__hit')
    expect(marked.length).toBeGreaterThan(0)
    marked.forEach((m) => expect(m.textContent).toContain('公积金'))
    expect(screen.getByTestId('search-elsewhere')).toHaveTextContent('其他城市可办')
  })

  it('keeps a long result list virtual: only a screenful of rows is rendered', async () => {
    await typed('证')
    const offered = await screen.findByTestId('search-offered', {}, { timeout: 5000 })
    const list = offered.querySelector('[data-virtual-list]')
    expect(list).not.toBeNull()
    const total = Number(list?.getAttribute('data-item-count'))
    expect(total).toBeGreaterThan(PLAIN_ROWS)
    const rendered = offered.querySelectorAll('.service-row').length
    expect(rendered).toBeGreaterThan(0)
    expect(rendered).toBeLessThan(total)
  })

  it('suggests what to try on a miss, and offers the 12345 hotline', async () => {
    await typed('zzzzqqq')
    const empty = await screen.findByTestId('search-empty', {}, { timeout: 5000 })
    expect(empty).toHaveTextContent('没有找到“zzzzqqq”相关的服务')
    const call = jest.spyOn(Taro, 'makePhoneCall')
    await userEvent.click(within(empty).getByText('拨打 12345 政务服务便民热线'))
    expect(call).toHaveBeenCalledWith({ phoneNumber: '12345' })
  })
})
