import Taro from '@tarojs/taro'
import { fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { fixtureMiniApp } from '@test/fixtures/fixture-mini-app'
import { server } from '@test/msw-server'
import { renderMiniApp, renderWithShell } from '@test/render-with-shell'
import { updateMockState } from '../../../../../mock/kit/state'
import { TEST_AUTHORIZATION } from '../../../../../mock/kit/tokens'
import { checkCharacter } from '../../../../shell/identity/id-number'
import VerifyPage from './index'
import { pageRoute, shellRoutes } from '../../../../shell/navigation/shell-routes'

const route = () => Taro.getCurrentPages().slice(-1)[0].route
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })
const VALID_ID = '21010219900101123' + checkCharacter('21010219900101123')

describe('stepping up from L1 to L3', () => {
  it('verifies name and ID, then the face, and lands on the page that was asked for', async () => {
    updateMockState({ persona: 'new-user' })
    const needsL3 = fixtureMiniApp('needs-face', [], { level: 'L3' })
    server.use(...needsL3.handlers)
    const gate = renderMiniApp(needsL3.manifest, needsL3.Page)
    await waitFor(() => expect(route()).toBe(pageRoute(shellRoutes.verify)))
    gate.unmount()

    renderWithShell(<VerifyPage />)
    expect(await screen.findByText('该服务需要完成人脸核验')).toBeInTheDocument()
    await screen.findByLabelText('姓名')
    type('姓名', '孙小雨')
    type('身份证号', VALID_ID.slice(0, 17) + '0')
    await userEvent.click(screen.getByText('提交核验'))
    expect(screen.getByText(/校验位不正确|出生日期不正确/)).toBeInTheDocument()
    type('身份证号', VALID_ID)
    await userEvent.click(screen.getByText('提交核验'))

    await userEvent.click(await screen.findByText('开始人脸核验'))
    await userEvent.click(await screen.findByText('模拟核验未通过'))
    expect(await screen.findByText('人脸核身未通过，请在光线充足处正对屏幕重试')).toBeInTheDocument()
    await userEvent.click(screen.getByText('开始人脸核验'))
    await userEvent.click(await screen.findByText('模拟核验通过'))

    await waitFor(() => expect(route()).toBe('mini-apps/needs-face/pages/index'))
    const profile = await (await fetch('http://localhost/api/profile', { headers: TEST_AUTHORIZATION })).json()
    expect(profile).toMatchObject({ level: 'L3', displayName: '孙*雨' })
  })
})
