import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import Taro from '@tarojs/taro'
import { fixtureMiniApp } from '@test/fixtures/fixture-mini-app'
import { renderMiniApp, renderWithShell } from '@test/render-with-shell'
import { subscriptionPrompts } from '@test/taro/taro'
import { TEST_AUTHORIZATION } from '../../../mock/kit/tokens'
import HomePage from './index'
import MyPage from '../my/index'
import { useSubmitCase } from '../../shell/capabilities/cases'
import { TEMPLATES_AT_SUBMIT } from '../../shell/messages/subscription-templates'

const latestCaseTitle = async (): Promise<string> =>
  (await (await fetch('http://localhost/api/applications', { headers: TEST_AUTHORIZATION })).json())[0].title

/** A fixture mini-app whose button files a case through the SDK, as a resident's tap would. */
const renderFiler = (title: string) => {
  const { manifest } = fixtureMiniApp('subscribe-filer')
  function Filer() {
    const submitCase = useSubmitCase()
    return <button onClick={() => void submitCase({ title })}>file</button>
  }
  return renderMiniApp(manifest, Filer)
}

describe('WeChat subscription messages (订阅消息)', () => {
  const target = process.env.TARO_ENV
  beforeEach(() => { process.env.TARO_ENV = 'weapp' })
  afterEach(() => {
    process.env.TARO_ENV = target
    jest.restoreAllMocks()
  })

  it('are never asked for at launch, on Home or My', async () => {
    renderWithShell(<><HomePage /><MyPage /></>)
    expect(await screen.findByText('退出登录')).toBeInTheDocument()
    expect(subscriptionPrompts).toEqual([])
  })

  it('are asked for when a resident submits, and a refusal still files the case', async () => {
    renderFiler('订阅后提交')
    await userEvent.click(await screen.findByText('file'))
    expect(subscriptionPrompts).toEqual([[...TEMPLATES_AT_SUBMIT]])
    await waitFor(async () => expect(await latestCaseTitle()).toBe('订阅后提交'))
  })

  it('never hold up the submission when WeChat fails the prompt', async () => {
    jest.spyOn(Taro, 'requestSubscribeMessage').mockImplementationOnce(() => { throw { errMsg: 'requestSubscribeMessage:fail can only be invoked by user TAP gesture' } })
    renderFiler('提示失败也提交')
    await userEvent.click(await screen.findByText('file'))
    await waitFor(async () => expect(await latestCaseTitle()).toBe('提示失败也提交'))
  })

  it('are not asked for off weapp, where the message centre is the channel', async () => {
    process.env.TARO_ENV = 'h5'
    renderFiler('H5 提交')
    await userEvent.click(await screen.findByText('file'))
    await waitFor(async () => expect(await latestCaseTitle()).toBe('H5 提交'))
    expect(subscriptionPrompts).toEqual([])
  })
})
