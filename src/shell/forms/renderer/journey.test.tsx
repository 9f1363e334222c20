import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import Taro from '@tarojs/taro'
import { queuePickedFiles, subscriptionPrompts } from '@test/taro/taro'
import { TEMPLATES_AT_SUBMIT } from '../../messages/subscription-templates'
import { sampleScenario } from '../../../sdk/scenario/fixtures'
import { choose, openTask, renderForm, saveAndContinue, serveDefinition, type, watchUploads } from '@test/forms/render-form'

const ID = 'sample-one-stop'

beforeEach(() => serveDefinition(ID, sampleScenario()))

/** Other services' data fill WeChat's 10 MB but for `spare` bytes (counted as the stand-in counts them). */
const fillStorageLeaving = (spare: number) => {
  const bytesOf = (key: string, value: unknown) => new TextEncoder().encode(key + JSON.stringify(value)).length
  let used = (Taro.getStorageInfoSync().keys as string[]).reduce((sum, key) => sum + bytesOf(key, Taro.getStorageSync(key)), 0)
  for (let i = 0; ; i += 1) {
    const key = `other-service:${i}`
    const free = 10240 * 1024 - used - spare - new TextEncoder().encode(key).length - 2
    if (free <= 0) return
    const value = 'x'.repeat(Math.min(free, 1000 * 1000))
    Taro.setStorageSync(key, value)
    used += bytesOf(key, value)
  }
}

const completeAboutYou = async () => {
  await openTask('about-you')
  type('name', '李娜'); type('idNumber', '210102199003124622'); type('phone', '13700001234'); type('age', '36')
  await saveAndContinue()
}
const completeDetails = async () => {
  await openTask('details')
  choose('purpose', '居家'); type('startDate', '2024-05-01'); choose('city', '沈阳市 和平区')
  await saveAndContinue()
}
const uploadIdCard = async () => {
  await openTask('documents')
  queuePickedFiles([{ path: 'blob:id-front', size: 2048, name: '身份证.jpg', type: 'image/jpeg' }])
  await userEvent.click(screen.getByTestId('pick-id-copy'))
  expect(await within(screen.getByTestId('field-id-copy')).findByTestId('upload-done')).toBeInTheDocument()
}

/** Every task done, on the check page. */
const reachCheckPage = async () => {
  await renderForm(ID)
  await completeAboutYou()
  await completeDetails()
  await uploadIdCard()
  await saveAndContinue()
  await openTask('photos')
  queuePickedFiles([{ path: 'blob:scene', size: 4096, name: 'scene.jpg', type: 'image/jpeg' }])
  await userEvent.click(screen.getByTestId('pick-photos'))
  await within(screen.getByTestId('field-photos')).findByTestId('upload-done')
  await saveAndContinue()
  await userEvent.click(await screen.findByText('核对并提交'))
}

describe('the form renderer, from the task list to the confirmation', () => {
  it('asks for a material several items need once, and sends it once', async () => {
    const sent = watchUploads()
    await renderForm(ID)
    await completeAboutYou()
    await uploadIdCard()
    expect(within(screen.getByTestId('field-id-copy')).getByText('用于：事项甲、事项乙、事项丙')).toBeInTheDocument()
    // A conditional material is not asked while its condition does not hold.
    expect(screen.queryByTestId('field-work-proof')).not.toBeInTheDocument()
    await saveAndContinue()
    expect(sent).toHaveLength(1)
  })

  it('refuses a file of the wrong type before anything is sent', async () => {
    const sent = watchUploads()
    await renderForm(ID)
    await completeAboutYou()
    await openTask('documents')
    queuePickedFiles([{ path: 'blob:scan', size: 2048, name: 'scan.pdf', type: 'application/pdf' }])
    await userEvent.click(screen.getByTestId('pick-id-copy'))
    expect(await within(screen.getByTestId('field-id-copy')).findByRole('alert')).toHaveTextContent('仅支持 JPG、PNG 格式的文件')
    expect(sent).toHaveLength(0)
  })

  it('returns to the check page after a change link, shows the new answer, and submits to every department', async () => {
    await reachCheckPage()
    expect(within(screen.getByTestId('row-phone')).getByText('13700001234')).toBeInTheDocument()
    await userEvent.click(screen.getByTestId('change-phone'))
    expect(await screen.findByTestId('step-about-you')).toBeInTheDocument()
    type('phone', '13900002222')
    await saveAndContinue()
    // Straight back to the check page, not the task list.
    expect(await screen.findByTestId('check-answers')).toBeInTheDocument()
    expect(within(screen.getByTestId('row-phone')).getByText('13900002222')).toBeInTheDocument()
    expect(screen.getByText('需缴纳费用 ¥20.00，提交后前往支付')).toBeInTheDocument()
    await userEvent.click(screen.getByText('确认提交'))
    expect(await screen.findByTestId('confirmation')).toBeInTheDocument()
    expect(screen.getByTestId('reference')).toHaveTextContent(/^a-/)
    expect(screen.getByText('三个部门将同步审核')).toBeInTheDocument()
    expect(screen.getByText('事项甲 · 甲厅')).toBeInTheDocument()
    // The draft is gone once the case is sent.
    expect(Taro.getStorageInfoSync().keys.filter((k: string) => k.startsWith('forms:draft:'))).toEqual([])
  })

  it('on WeChat asks for subscription messages at 确认提交, not before, and submits whatever the answer', async () => {
    await reachCheckPage()
    const target = process.env.TARO_ENV
    process.env.TARO_ENV = 'weapp'
    try {
      expect(subscriptionPrompts).toEqual([])
      // The stand-in answers "reject", as a resident who declines would.
      await userEvent.click(screen.getByText('确认提交'))
      expect(subscriptionPrompts).toEqual([[...TEMPLATES_AT_SUBMIT]])
      expect(await screen.findByTestId('confirmation')).toBeInTheDocument()
    } finally {
      process.env.TARO_ENV = target
    }
  })

  it('resumes after the app is killed between steps, uploads intact and not sent again', async () => {
    const sent = watchUploads()
    await renderForm(ID)
    await completeAboutYou()
    await uploadIdCard()
    cleanup()
    // A new page, a new store: only storage survives, as after a kill.
    await renderForm(ID)
    expect(await screen.findByTestId('step-documents')).toBeInTheDocument()
    expect(within(screen.getByTestId('field-id-copy')).getByTestId('upload-done')).toHaveTextContent('身份证.jpg')
    await saveAndContinue()
    expect(await screen.findByTestId('status-about-you')).toHaveTextContent('已完成')
    expect(screen.getByTestId('status-documents')).toHaveTextContent('已完成')
    expect(sent).toHaveLength(1)
  })

  it('says so when a change cannot be saved for lack of room, and keeps the last save', async () => {
    await renderForm(ID)
    await completeAboutYou()
    fillStorageLeaving(10)
    await userEvent.click(screen.getByTestId('task-details'))
    expect(await screen.findByTestId('save-error')).toHaveTextContent('手机存储空间不足，本次修改未能保存，之前保存的内容仍在')
    expect(screen.getByTestId('status-about-you')).toHaveTextContent('已完成')
    // Room made, the same tap works.
    Taro.removeStorageSync('other-service:0')
    await openTask('details')
    expect(screen.queryByTestId('save-error')).not.toBeInTheDocument()
  })

  it('shows a clear message, never a broken page, when the served definition is invalid', async () => {
    const broken = { ...sampleScenario(), steps: [{ id: 'x', title: { 'zh-CN': '填写', en: 'Fill' }, items: ['nope'], fields: [] }] }
    serveDefinition(ID, broken)
    await renderForm(ID)
    expect(await screen.findByTestId('form-invalid')).toHaveTextContent('该事项的办理表单暂时无法使用')
    expect(screen.queryByTestId('task-list')).not.toBeInTheDocument()
  })
})
