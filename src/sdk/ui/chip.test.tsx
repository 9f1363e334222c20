import { useState } from 'react'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderBlock } from '../../../test/render-block'
import { Chip, Tag } from './chip'

function Filter() {
  const [on, setOn] = useState(false)
  return <Chip label='仅看可办理' selected={on} onChange={setOn} />
}

describe('Chip', () => {
  it('turns on and off when tapped, marked by ✓ as well as colour', async () => {
    renderBlock(<Filter />)
    const chip = screen.getByRole('checkbox')
    expect(chip).toHaveAttribute('aria-checked', 'false')
    await userEvent.click(chip)
    expect(chip).toHaveAttribute('aria-checked', 'true')
    expect(chip).toHaveTextContent('✓ 仅看可办理')
    await userEvent.click(chip)
    expect(chip).toHaveTextContent(/^仅看可办理$/)
  })

  it('ignores taps when disabled', async () => {
    const onChange = jest.fn()
    renderBlock(<Chip label='全部' selected={false} onChange={onChange} disabled />)
    await userEvent.click(screen.getByRole('checkbox'))
    expect(onChange).not.toHaveBeenCalled()
  })

  it('is an elder-sized target in elder mode', () => {
    renderBlock(<Chip label='全部' selected={false} onChange={() => {}} />, { elder: true })
    expect(screen.getByRole('checkbox')).toHaveClass('ui-chip--elder')
  })
})

describe('Tag', () => {
  it('shows its words in its tone', () => {
    renderBlock(<Tag tone='success'>已办结</Tag>, { elder: true })
    expect(screen.getByText('已办结')).toHaveClass('ui-tag__label--success', 'ui-tag__label--elder')
  })
})
