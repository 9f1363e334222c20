import { act, screen, within } from '@testing-library/react'
import { sampleScenario } from '../../../sdk/scenario/fixtures'
import { choose, openTask, renderForm, saveAndContinue, serveDefinition, type } from '@test/forms/render-form'

const ID = 'sample-one-stop'
const alerts = () => within(screen.getByTestId('error-summary')).getAllByText(/.+/).map((n) => n.textContent)

beforeEach(() => serveDefinition(ID, sampleScenario()))

describe('the form renderer, field by field', () => {
  it('asks every required field of a step and names each in the error summary', async () => {
    await renderForm(ID)
    await openTask('about-you')
    await saveAndContinue()
    expect(alerts()).toEqual(['请修改以下内容', '请填写姓名', '请填写身份证号', '请填写手机号', '请填写年龄'])
    expect(within(screen.getByTestId('field-age')).getByRole('alert')).toHaveTextContent('请填写年龄')
  })

  it('refuses wrong text, ID number, phone and number with the residents’ reasons', async () => {
    await renderForm(ID)
    await openTask('about-you')
    type('name', '李')
    type('idNumber', '210102199003124623')
    type('phone', '1370000123')
    type('age', '15')
    await saveAndContinue()
    expect(within(screen.getByTestId('field-name')).getByRole('alert')).toHaveTextContent('姓名至少需要 2 个字')
    expect(within(screen.getByTestId('field-idNumber')).getByRole('alert')).toHaveTextContent(/身份证/)
    expect(within(screen.getByTestId('field-phone')).getByRole('alert')).toHaveTextContent('请填写正确的 11 位手机号')
    expect(within(screen.getByTestId('field-age')).getByRole('alert')).toHaveTextContent('年龄不能小于 16')
    // The unit comes from the definition, beside the box.
    expect(within(screen.getByTestId('field-age')).getByText('岁')).toBeInTheDocument()
  })

  it('saves a right step and marks it completed; a step waiting for it can then start', async () => {
    await renderForm(ID)
    expect(await screen.findByTestId('status-details')).toHaveTextContent('暂不能开始')
    expect(within(screen.getByTestId('task-details')).getByText('请先完成：填写个人信息')).toBeInTheDocument()
    await openTask('about-you')
    type('name', '李娜')
    type('idNumber', '210102199003124622')
    type('phone', '13700001234')
    type('age', '36')
    await saveAndContinue()
    expect(await screen.findByTestId('status-about-you')).toHaveTextContent('已完成')
    expect(screen.getByTestId('status-details')).toHaveTextContent('未开始')
  })

  it('checks select, date, region, USCC and pattern fields, and shows fields only when their condition holds', async () => {
    await renderForm(ID)
    await openTask('about-you')
    type('name', '李娜'); type('idNumber', '210102199003124622'); type('phone', '13700001234'); type('age', '36')
    await saveAndContinue()
    await openTask('details')
    expect(screen.queryByTestId('field-employer')).not.toBeInTheDocument()
    choose('purpose', '工作')
    expect(screen.getByTestId('field-employer')).toBeInTheDocument()
    // The USCC appears only once the employer is given (all of two conditions).
    expect(screen.queryByTestId('field-employerUscc')).not.toBeInTheDocument()
    type('employer', '沈阳某某科技有限公司')
    type('employerUscc', '91330100799655058c')
    expect(screen.getByTestId('input-employerUscc')).toHaveValue('91330100799655058C')
    type('startDate', '2999-01-01')
    type('code', 'ab1')
    await saveAndContinue()
    expect(within(screen.getByTestId('field-employerUscc')).getByRole('alert')).toHaveTextContent(/.+/)
    expect(within(screen.getByTestId('field-startDate')).getByRole('alert')).toHaveTextContent('开始日期不能是将来的日期')
    expect(within(screen.getByTestId('field-city')).getByRole('alert')).toHaveTextContent('请选择城市')
    expect(within(screen.getByTestId('field-code')).getByRole('alert')).toHaveTextContent('代码应为 3 个大写字母')
    // Only the cities the definition allows are offered.
    const offered = within(screen.getByTestId('input-city')).getAllByRole('option').map((o) => o.textContent).filter(Boolean)
    expect(offered.every((label) => /^(沈阳市|大连市) /.test(label ?? ''))).toBe(true)
    choose('city', '沈阳市 和平区')
    type('employerUscc', '91330100799655058B'); type('startDate', '2024-05-01'); type('code', 'ABC')
    // Home: the employer questions go away, and so does the work task.
    choose('purpose', '居家')
    expect(screen.queryByTestId('field-employer')).not.toBeInTheDocument()
    await saveAndContinue()
    expect(await screen.findByTestId('status-details')).toHaveTextContent('已完成')
    expect(screen.queryByTestId('task-work')).not.toBeInTheDocument()
  })

  it('copies an earlier answer into a field that prefills from it, without overwriting', async () => {
    await renderForm(ID)
    await openTask('about-you')
    type('name', '李娜'); type('idNumber', '210102199003124622'); type('phone', '13700001234'); type('age', '36')
    await saveAndContinue()
    await openTask('details')
    expect(screen.getByTestId('input-address')).toHaveValue('李娜')
  })

  it('speaks English when the resident chose it', async () => {
    const { store } = await renderForm(ID)
    await screen.findByTestId('task-list')
    act(() => void store.dispatch({ type: 'settings/localeChanged', payload: 'en' }))
    expect(await screen.findByText('Enter your details')).toBeInTheDocument()
    await openTask('about-you')
    await saveAndContinue()
    expect(alerts()).toContain('Enter name')
  })
})
