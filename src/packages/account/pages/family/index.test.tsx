import { fireEvent, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { server } from '@test/msw-server'
import { fixtureMiniApp } from '@test/fixtures/fixture-mini-app'
import { renderMiniApp, renderWithShell } from '@test/render-with-shell'
import { updateMockState } from '../../../../../mock/kit/state'
import { checkCharacter } from '../../../../shell/identity/id-number'
import FamilyPage from './index'

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })
const withCheck = (first17: string) => first17 + checkCharacter(first17)

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

  it('acts for a member only in mini-apps that declare it, through a token the server issued for that member', async () => {
    updateMockState({ persona: 'parent' })
    const forFamily = fixtureMiniApp('family-helper', ['family'])
    const other = fixtureMiniApp('other-service')
    server.use(...forFamily.handlers, ...other.handlers)
    const { store } = renderWithShell(<FamilyPage />)
    await userEvent.click(await screen.findByText('为TA办理'))
    expect(store.getState().session.actingFor).toEqual({ id: 'fm-newborn', displayName: '李*宝' })

    renderMiniApp(forFamily.manifest, forFamily.Page, { store })
    renderMiniApp(other.manifest, other.Page, { store })
    expect(await screen.findByTestId('whoami-family-helper')).toHaveTextContent('family-helper:fm-newborn')
    expect(await screen.findByTestId('whoami-other-service')).toHaveTextContent('other-service:self')
  })
})
