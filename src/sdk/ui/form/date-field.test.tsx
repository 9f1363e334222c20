import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderBlock } from '../../../../test/render-block'
import { Button } from '../button'
import { DateField } from './date-field'
import { DateField as RnDateField } from './date-field.rn'
import { Form } from './form'
import { dateBetween, required } from './rules'
import { useForm } from './use-form'

function Book({ Field, onSend, initial = null }: { Field: typeof DateField; onSend: (v: { day: string | null }) => void; initial?: string | null }) {
  const form = useForm({ day: { initial, label: '预约日期', rules: [required(), dateBetween('2030-03-01', '2030-03-31')] } })
  return (
    <Form form={form}>
      <Field {...form.field('day')} min='2030-03-01' max='2030-03-31' />
      <Button onClick={form.submit(onSend)}>提交</Button>
    </Form>
  )
}

describe('DateField on weapp and H5 (NutUI DatePicker)', () => {
  it('shows the date in the resident’s words and keeps it when confirmed', async () => {
    const onSend = jest.fn()
    renderBlock(<Book Field={DateField} onSend={onSend} initial='2030-03-06' />)
    const box = screen.getByRole('button', { name: '预约日期' })
    expect(box).toHaveTextContent('2030年3月6日')
    await userEvent.click(box)
    expect(document.querySelector('.nut-picker')).not.toBeNull()
    await userEvent.click(screen.getByText('确定'))
    await userEvent.click(screen.getByRole('button', { name: '提交' }))
    expect(onSend).toHaveBeenCalledWith({ day: '2030-03-06' })
  })

  it('offers a date inside the range when none is chosen yet', async () => {
    renderBlock(<Book Field={DateField} onSend={() => {}} />)
    const box = screen.getByRole('button', { name: '预约日期' })
    expect(box).toHaveTextContent('请选择')
    await userEvent.click(box)
    await userEvent.click(screen.getByText('确定'))
    expect(box).toHaveTextContent(/^2030年3月\d+日/)
  })

  it('speaks English dates in English', () => {
    renderBlock(<Book Field={DateField} onSend={() => {}} initial='2030-03-06' />, { locale: 'en' })
    expect(screen.getByRole('button', { name: '预约日期' })).toHaveTextContent('6 March 2030')
  })
})

describe('DateField on RN (Taro date Picker)', () => {
  it('takes the platform picker’s date, and checks it', async () => {
    const onSend = jest.fn()
    renderBlock(<Book Field={RnDateField} onSend={onSend} />)
    await userEvent.click(screen.getByRole('button', { name: '提交' }))
    expect(screen.getByText('✕ 请选择预约日期')).toBeInTheDocument()
    const input = screen.getByLabelText('预约日期', { selector: 'input' })
    expect(input).toHaveAttribute('min', '2030-03-01')
    await userEvent.type(input, '2030-03-09')
    expect(screen.getByRole('button', { name: '预约日期' })).toHaveTextContent('2030年3月9日')
    await userEvent.click(screen.getByRole('button', { name: '提交' }))
    expect(onSend).toHaveBeenCalledWith({ day: '2030-03-09' })
  })
})

describe.each([
  ['weapp and H5', DateField],
  ['RN', RnDateField],
] as const)('DateField in elder mode on %s', (_target, Field) => {
  it('is an elder-sized box that opens only on the resident’s tap', () => {
    renderBlock(<Book Field={Field} onSend={() => {}} initial='2030-03-06' />, { elder: true })
    expect(screen.getByRole('button', { name: '预约日期' })).toHaveClass('ui-field__box--elder')
    expect(screen.getByText('2030年3月6日')).toHaveClass('ui-field__value--elder')
  })
})
