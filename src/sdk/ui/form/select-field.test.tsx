import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderBlock } from '../../../../test/render-block'
import { Button } from '../button'
import { Form } from './form'
import { required } from './rules'
import { SelectField } from './select-field'
import { SelectField as RnSelectField } from './select-field.rn'
import { useForm } from './use-form'

type Kind = 'new' | 'renew'
const OPTIONS = [
  { value: 'new', label: '首次申领' },
  { value: 'renew', label: '到期换领' },
] as const

function Apply({ Select, onSend }: { Select: typeof SelectField; onSend: (v: { kind: Kind | null }) => void }) {
  const form = useForm({ kind: { initial: null as Kind | null, label: '申领类型', rules: [required()] } })
  return (
    <Form form={form}>
      <Select {...form.field('kind')} options={OPTIONS} />
      <Button onClick={form.submit(onSend)}>提交</Button>
    </Form>
  )
}

describe('SelectField on weapp and H5 (NutUI Picker)', () => {
  it('shows 请选择, opens the picker on tap, and takes the confirmed choice', async () => {
    const onSend = jest.fn()
    renderBlock(<Apply Select={SelectField} onSend={onSend} />)
    const box = screen.getByRole('button', { name: '申领类型' })
    expect(box).toHaveTextContent('请选择')
    await userEvent.click(box)
    expect(document.querySelector('.nut-picker')).not.toBeNull()
    await userEvent.click(screen.getByText('确定'))
    expect(box).toHaveTextContent('首次申领')
    await userEvent.click(screen.getByRole('button', { name: '提交' }))
    expect(onSend).toHaveBeenCalledWith({ kind: 'new' })
  })

  it('asks to choose when nothing is chosen', async () => {
    renderBlock(<Apply Select={SelectField} onSend={() => {}} />)
    await userEvent.click(screen.getByRole('button', { name: '提交' }))
    expect(screen.getByText('✕ 请选择申领类型')).toBeInTheDocument()
  })
})

describe('SelectField on RN (Taro Picker)', () => {
  it('takes the platform picker’s choice', async () => {
    const onSend = jest.fn()
    renderBlock(<Apply Select={RnSelectField} onSend={onSend} />)
    expect(screen.getByRole('button', { name: '申领类型' })).toHaveTextContent('请选择')
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '申领类型' }), '到期换领')
    expect(screen.getByRole('button', { name: '申领类型' })).toHaveTextContent('到期换领')
    await userEvent.click(screen.getByRole('button', { name: '提交' }))
    expect(onSend).toHaveBeenCalledWith({ kind: 'renew' })
  })
})

describe.each([
  ['weapp and H5', SelectField],
  ['RN', RnSelectField],
] as const)('SelectField in elder mode on %s', (_target, Select) => {
  it('lists every option as a large row in the page: nothing pops up', async () => {
    const onSend = jest.fn()
    renderBlock(<Apply Select={Select} onSend={onSend} />, { elder: true })
    expect(document.querySelector('.nut-picker, [data-taro="Picker"]')).toBeNull()
    const renew = screen.getByRole('radio', { name: '○ 到期换领' })
    expect(renew).toHaveClass('ui-choice--elder')
    await userEvent.click(renew)
    expect(screen.getByRole('radio', { name: '● 到期换领' })).toHaveAttribute('aria-checked', 'true')
    await userEvent.click(screen.getByRole('button', { name: '提交' }))
    expect(onSend).toHaveBeenCalledWith({ kind: 'renew' })
  })
})
