import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import Taro from '@tarojs/taro'
import { fixtureMiniApp } from '@test/fixtures/fixture-mini-app'
import { renderMiniApp, renderWithShell } from '@test/render-with-shell'
import { queuePickedFiles } from '@test/taro/taro'
import { scenarios } from '../../../mock/generated/scenarios'
import { updateMockState } from '../../../mock/kit/state'
import { TEST_AUTHORIZATION } from '../../../mock/kit/tokens'
import { setFollowUpDelay } from '../../../mock/shell/case-ratings'
import { useSubmitCase } from '../capabilities/cases'
import { pageRoute, shellRoutes } from '../navigation/shell-routes'
import { CaseDetail } from './case-detail'
import { CasesList } from './cases-list'

const firstCase = async (query: string): Promise<{ id: string; title: string }> =>
  (await (await fetch(`http://localhost/api/applications?${query}`, { headers: TEST_AUTHORIZATION })).json())[0]

/** The filter chips with this label, selected (✓) or not: status chips come first, then mini-app chips. */
const chips = (label: string) => screen.getAllByRole('checkbox').filter((c) => c.textContent?.replace(/^✓ /, '') === label)

/** A fixture mini-app whose page files one case through the SDK. */
const fileCaseAs = async (id: string, title: string) => {
  const { manifest } = fixtureMiniApp(id)
  function Filer() {
    const submitCase = useSubmitCase()
    return <button onClick={() => submitCase({ title, department: `${id} 部门` })}>file</button>
  }
  const { unmount } = renderMiniApp(manifest, Filer)
  await userEvent.click(await screen.findByText('file'))
  await waitFor(async () => expect((await firstCase('')).title).toBe(title))
  unmount()
}

afterEach(() => setFollowUpDelay(3000))

describe('我的办件', () => {
  it('lists the cases two mini-apps filed through the SDK, filters by mini-app and status, and opens a timeline', async () => {
    await fileCaseAs('case-filer-one', '甲事项')
    await fileCaseAs('case-filer-two', '乙事项')
    renderWithShell(<CasesList />)
    expect(await screen.findByText('甲事项')).toBeInTheDocument()
    expect(screen.getByText('乙事项')).toBeInTheDocument()
    await screen.findByText('case-filer-one')
    await userEvent.click(chips('case-filer-one')[0])
    await waitFor(() => expect(screen.queryByText('乙事项')).not.toBeInTheDocument())
    expect(screen.getByText('甲事项')).toBeInTheDocument()
    await userEvent.click(chips('全部')[1])
    expect(await screen.findByText('乙事项')).toBeInTheDocument()
    await userEvent.click(chips('已办结')[0])
    await waitFor(() => expect(screen.queryByText('甲事项')).not.toBeInTheDocument())
    expect(screen.queryByText('乙事项')).not.toBeInTheDocument()
    const rows = await screen.findAllByRole('link')
    for (const row of rows) expect(row).toHaveTextContent('已办结')

    const filed = await firstCase('')
    await userEvent.click(chips('全部')[0])
    await userEvent.click(await screen.findByText('乙事项'))
    expect(Taro.getCurrentPages().slice(-1)[0].route).toBe(pageRoute(shellRoutes.caseDetail))
    renderWithShell(<CaseDetail id={filed.id} />)
    const timeline = await screen.findByTestId('case-timeline')
    expect(within(timeline).getByText('申请已提交')).toBeInTheDocument()
  })

  it('rejects a case the server refuses with a typed API error the mini-app can show', async () => {
    const { manifest } = fixtureMiniApp('case-filer-bad')
    let caught: unknown
    function Filer() {
      const submitCase = useSubmitCase()
      return <button onClick={() => submitCase({ title: ' ' }).catch((e: unknown) => (caught = e))}>file</button>
    }
    renderMiniApp(manifest, Filer)
    await userEvent.click(await screen.findByText('file'))
    await waitFor(() => expect(caught).toMatchObject({ kind: 'http', status: 400, code: 'INVALID_CASE' }))
  })

  it('follows elder mode: larger blocks and text, and the request answered inline', async () => {
    updateMockState({ persona: 'retiree' })
    const waiting = await firstCase('status=more-info-needed')
    renderWithShell(<CaseDetail id={waiting.id} />, { preloadedState: { settings: { locale: 'zh-CN', elderMode: true } } })
    const detail = await screen.findByTestId('case-detail')
    expect(detail.closest('.cases')).toHaveClass('elder')
    expect(within(detail).getByText('需补充材料')).toHaveClass('ui-tag__label--elder')
    await userEvent.click(within(detail).getByText('提交补充材料'))
    expect(await within(detail).findByRole('alert')).toHaveTextContent('请填写说明或上传材料')
  })

  it('answers a more-information request from the case, with text and a photo, and the case goes back into review', async () => {
    updateMockState({ persona: 'retiree' })
    const waiting = await firstCase('status=more-info-needed')
    renderWithShell(<CaseDetail id={waiting.id} />)
    const form = await screen.findByTestId('more-info-form')
    await userEvent.click(within(form).getByText('提交补充材料'))
    expect(await within(form).findByText(/请填写说明或上传材料/)).toBeInTheDocument()
    fireEvent.change(within(form).getByLabelText('补充说明'), { target: { value: '已补充出生日期认定材料' } })
    queuePickedFiles([{ path: 'blob:tmp/birth.jpg', size: 120_000, name: '出生证明.jpg', type: 'image/jpeg' }])
    await userEvent.click(within(form).getByText('上传材料照片'))
    expect(await screen.findByTestId('more-info-files')).toHaveTextContent('已上传 1 份材料')
    await userEvent.click(within(form).getByText('提交补充材料'))
    expect(await screen.findByText(/办件已重新进入审核/)).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByTestId('more-info-form')).not.toBeInTheDocument())
    expect(within(screen.getByTestId('case-detail')).getAllByText('审核中').length).toBeGreaterThan(0)
    expect(within(screen.getByTestId('case-timeline')).getByText('已补充出生日期认定材料')).toBeInTheDocument()
  })

  it('shows a one-stop case’s department parts separately, each with its own status and timeline, and the whole', async () => {
    updateMockState({ persona: 'parent' })
    const all: { id: string; scenarioId: string; parts?: unknown[] }[] = await (await fetch('http://localhost/api/applications', { headers: TEST_AUTHORIZATION })).json()
    const oneStop = all.find((c) => c.parts)!
    renderWithShell(<CaseDetail id={oneStop.id} />)
    const parts = await screen.findByTestId('case-parts')
    const items = scenarios[oneStop.scenarioId].items
    expect(parts).toHaveTextContent(`${items.length} 个部门中已有 1 个办结`)
    for (const item of items) {
      const part = within(parts).getByTestId(`case-part-${item.id}`)
      expect(part).toHaveTextContent(item.department['zh-CN'])
      expect(within(part).getByTestId(`timeline-${item.id}`)).toHaveTextContent('申请已提交')
    }
    expect(screen.getByText('整体进度')).toBeInTheDocument()
  })

  it('asks once for a rating of a completed case and never again', async () => {
    const completed = await firstCase('status=completed')
    const first = renderWithShell(<CaseDetail id={completed.id} />)
    const form = await screen.findByTestId('rating-form')
    await userEvent.click(within(form).getByText('5 星 非常满意'))
    expect(within(form).queryByTestId('rating-reasons')).not.toBeInTheDocument()
    await userEvent.click(within(form).getByText('提交评价'))
    expect(await screen.findByTestId('rating-given')).toHaveTextContent('5 星 非常满意')
    expect(screen.queryByTestId('rating-form')).not.toBeInTheDocument()
    expect(screen.queryByTestId('follow-up')).not.toBeInTheDocument()
    first.unmount()
    renderWithShell(<CaseDetail id={completed.id} />)
    expect(await screen.findByTestId('rating-given')).toBeInTheDocument()
    expect(screen.queryByTestId('rating-form')).not.toBeInTheDocument()
  })

  it('needs a reason for a bad rating, opens a follow-up and shows the department’s answer on the case', async () => {
    setFollowUpDelay(60_000)
    const completed = await firstCase('status=completed')
    renderWithShell(<CaseDetail id={completed.id} />)
    const form = await screen.findByTestId('rating-form')
    await userEvent.click(within(form).getByText('2 星 不满意'))
    await userEvent.click(within(form).getByText('提交评价'))
    expect(await within(form).findByText(/请选择不满意的原因/)).toBeInTheDocument()
    await userEvent.click(within(screen.getByTestId('rating-reasons')).getByText('办理时间过长'))
    await userEvent.click(within(form).getByText('提交评价'))
    expect(await screen.findByTestId('follow-up')).toHaveTextContent('已转交办理部门核实整改')
    setFollowUpDelay(0)
    renderWithShell(<CaseDetail id={completed.id} />)
    await waitFor(() => expect(screen.getAllByTestId('follow-up').at(-1)).toHaveTextContent(/的答复：您反映的问题已收到/))
  })
})
