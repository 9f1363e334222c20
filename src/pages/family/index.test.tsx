import { fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http } from 'msw'
import { server } from '@test/msw-server'
import { renderMiniAppPage, renderWithShell } from '@test/render-with-shell'
import { updateMockState } from '../../../mock/kit/state'
import { manifest as healthManifest } from '../../../mini-apps/health/manifest'
import HealthPage from '../../../mini-apps/health/pages/index'
import { manifest as transportManifest } from '../../../mini-apps/transport/manifest'
import TransportPage from '../../../mini-apps/transport/pages/index'
import { checkCharacter } from '../../shell/identity/id-number'
import FamilyPage from './index'

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })
const withCheck = (first17: string) => first17 + checkCharacter(first17)

/** Records the X-Acting-For header each API prefix receives, then lets the real handler answer. */
const recordActingFor = () => {
  const seen: Record<string, string | null> = {}
  server.use(
    http.all('*/api/:prefix/*', ({ params, request }) => {
      seen[String(params.prefix)] = request.headers.get('X-Acting-For')
      return undefined
    }),
  )
  return seen
}

describe('family members (代办)', () => {
  it('adds a member only when the registry confirms the relationship', async () => {
    renderWithShell(<FamilyPage />)
    expect(await screen.findByText('还没有添加家庭成员')).toBeInTheDocument()
    type('成员姓名', '张小朵')
    type('成员身份证号', withCheck('21010219900101002')) // born the same decade as the resident: not their child
    await userEvent.click(screen.getAllByText('添加家庭成员').slice(-1)[0])
    expect(await screen.findByText('未能核实您与该成员的关系，请核对信息')).toBeInTheDocument()
    type('成员身份证号', withCheck('21010220180601002'))
    await userEvent.click(screen.getAllByText('添加家庭成员').slice(-1)[0])
    expect(await screen.findByText('张*朵')).toBeInTheDocument()
  })

  it("acts for a member only in mini-apps that declare it, naming the member on each of their requests", async () => {
    updateMockState({ persona: 'parent' })
    const seen = recordActingFor()
    const { store } = renderWithShell(<FamilyPage />)
    await userEvent.click(await screen.findByText('为TA办理'))
    expect(store.getState().session.actingFor).toEqual({ id: 'fm-newborn', displayName: '李*宝' })

    renderMiniAppPage(healthManifest, HealthPage, 'pages/index', { store })
    renderMiniAppPage(transportManifest, TransportPage, 'pages/index', { store })
    await waitFor(() => expect(seen.health).toBe('fm-newborn'))
    await waitFor(() => expect(seen.transport).toBeNull())
  })
})
