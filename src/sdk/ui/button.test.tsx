import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderBlock } from '../../../test/render-block'
import { Button } from './button'

describe('Button', () => {
  it('calls onClick when tapped', async () => {
    const onClick = jest.fn()
    renderBlock(<Button onClick={onClick}>提交</Button>)
    await userEvent.click(screen.getByRole('button', { name: '提交' }))
    expect(onClick).toHaveBeenCalledTimes(1)
  })

  it('does nothing when disabled, and says so to assistive technology', async () => {
    const onClick = jest.fn()
    renderBlock(
      <Button onClick={onClick} disabled>
        提交
      </Button>,
    )
    const button = screen.getByRole('button', { name: '提交' })
    await userEvent.click(button)
    expect(onClick).not.toHaveBeenCalled()
    expect(button).toBeDisabled()
    expect(button).toHaveClass('ui-button--disabled')
  })

  it('is elder-sized in elder mode, with the main action larger still', () => {
    renderBlock(
      <>
        <Button onClick={() => {}}>办理</Button>
        <Button kind='secondary' onClick={() => {}}>
          返回
        </Button>
      </>,
      { elder: true },
    )
    expect(screen.getByRole('button', { name: '办理' })).toHaveClass('ui-button--elder')
    expect(screen.getByText('办理')).toHaveClass('ui-button__label--elder', 'ui-button__label--main')
    expect(screen.getByText('返回')).not.toHaveClass('ui-button__label--main')
  })

  it('is standard-sized outside elder mode', () => {
    renderBlock(<Button onClick={() => {}}>办理</Button>)
    expect(screen.getByRole('button', { name: '办理' })).not.toHaveClass('ui-button--elder')
  })
})
