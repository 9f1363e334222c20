import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import Taro from '@tarojs/taro'
import { renderWithShell } from '@test/render-with-shell'
import { TEST_AUTHORIZATION } from '../../../mock/kit/tokens'
import { sampleScenario } from '../../sdk/scenario/fixtures'
import MyPage from './index'
import { platform } from '../../shell/platform/platform'
import { createDraftStore, DRAFT_TTL_DAYS } from '../../shell/forms/drafts'
import { residentKeyOf } from '../../shell/forms/renderer/observed-session'

const DAY_MS = 24 * 60 * 60 * 1000
const scenario = sampleScenario()
// The test persona's profile as the mock serves it; the draft key is derived from it, as the renderer does.
const profile = async () => (await (await fetch('http://localhost/api/profile', { headers: TEST_AUTHORIZATION })).json()) as { displayName: string; phoneMasked: string }

const saveDraftAt = async (when: Date, scenarioId = scenario.id) => {
  const store = createDraftStore({ storage: platform, now: () => when })
  const session = store.open({ residentKey: residentKeyOf(await profile()), scenarioId }, { version: scenario.version, title: scenario.title })
  session.update((d) => ({ ...d, answers: { name: '李娜' }, savedSteps: ['about-you'] }))
}

describe('drafts in My', () => {
  it('lists an unsent draft with when it expires, and resumes it in the form renderer', async () => {
    await saveDraftAt(new Date())
    renderWithShell(<MyPage />)
    const row = await screen.findByTestId(`draft-${scenario.id}`)
    expect(row).toHaveTextContent('示例一件事')
    expect(row).toHaveTextContent(`已保存 1 步 · ${DRAFT_TTL_DAYS} 天后过期`)
    await userEvent.click(row)
    const pages = Taro.getCurrentPages()
    expect(pages[pages.length - 1].route).toBe('forms/pages/tasks/index')
  })

  it('warns in a draft’s last days, and drops an expired one', async () => {
    await saveDraftAt(new Date(Date.now() - (DRAFT_TTL_DAYS - 2) * DAY_MS))
    await saveDraftAt(new Date(Date.now() - (DRAFT_TTL_DAYS + 1) * DAY_MS), 'other-one-stop')
    renderWithShell(<MyPage />)
    expect(await screen.findByTestId(`draft-${scenario.id}`)).toHaveTextContent('即将过期：2 天后删除，请尽快提交')
    expect(screen.queryByTestId('draft-other-one-stop')).not.toBeInTheDocument()
  })
})
