import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderBlock } from '../../../../test/render-block'
import { Button } from '../button'
import { Form } from './form'
import { pattern, required } from './rules'
import { TextField } from './text-field'
import { useForm } from './use-form'

function Contact({ onSend }: { onSend: (values: { name: string; phone: string; note: string }) => void }) {
  const form = useForm({
    name: { initial: '', label: '姓名', rules: [required()] },
    phone: { initial: '', label: '手机号', hint: '用于接收办理结果', rules: [required(), pattern(/1\d{10}/)] },
    note: { initial: '', label: '备注' },
  })
  return (
    <Form form={form}>
      <TextField {...form.field('name')} />
      <TextField {...form.field('phone')} type='number' />
      <TextField {...form.field('note')} />
      <Button onClick={form.submit(onSend)}>提交</Button>
    </Form>
  )
}

describe('Form, useForm and TextField', () => {
  it('say which fields are required or optional in words, with hints', () => {
    renderBlock(<Contact onSend={() => {}} />)
    expect(screen.getAllByText('必填')).toHaveLength(2)
    expect(screen.getByText('选填')).toBeInTheDocument()
    expect(screen.getByText('用于接收办理结果')).toBeInTheDocument()
  })

  it('show no message while the resident types, then every message and a summary on a failed submit', async () => {
    const onSend = jest.fn()
    renderBlock(<Contact onSend={onSend} />)
    await userEvent.type(screen.getByLabelText('手机号'), '138')
    expect(screen.queryByRole('alert')).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: '提交' }))
    expect(onSend).not.toHaveBeenCalled()
    const summary = screen.getAllByRole('alert')[0]
    expect(summary).toHaveTextContent('请修改以下内容后再提交')
    expect(within(summary).getByText('• 请填写姓名')).toBeInTheDocument()
    expect(within(summary).getByText('• 手机号格式不正确')).toBeInTheDocument()
    expect(screen.getByText('✕ 请填写姓名')).toBeInTheDocument()
  })

  it('clear a message as soon as the field is right, and send the values once all pass', async () => {
    const onSend = jest.fn()
    renderBlock(<Contact onSend={onSend} />)
    await userEvent.click(screen.getByRole('button', { name: '提交' }))
    await userEvent.type(screen.getByLabelText('姓名'), '张三')
    expect(screen.queryByText('✕ 请填写姓名')).toBeNull()
    await userEvent.type(screen.getByLabelText('手机号'), '13800000000')
    expect(screen.queryByRole('alert')).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: '提交' }))
    expect(onSend).toHaveBeenCalledWith({ name: '张三', phone: '13800000000', note: '' })
  })

  it('use elder-sized labels and inputs in elder mode', async () => {
    renderBlock(<Contact onSend={() => {}} />, { elder: true })
    expect(screen.getByText('姓名')).toHaveClass('ui-field__label--elder')
    expect(screen.getByLabelText('姓名')).toHaveClass('ui-field__input--elder')
    await userEvent.click(screen.getByRole('button', { name: '提交' }))
    expect(screen.getByText('✕ 请填写姓名')).toHaveClass('ui-field__error--elder')
  })
})
