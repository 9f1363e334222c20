import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderBlock } from '../../../test/render-block'
import { Card } from './card'
import { Cell, CellGroup } from './cell'

describe('Card', () => {
  it('shows its title, extra, content and footer', () => {
    renderBlock(
      <Card title='驾驶证' extra='有效' footer='换证'>
        准驾车型 C1
      </Card>,
    )
    for (const words of ['驾驶证', '有效', '准驾车型 C1', '换证']) expect(screen.getByText(words)).toBeInTheDocument()
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('is one tap target when given onClick', async () => {
    const onClick = jest.fn()
    renderBlock(<Card title='驾驶证' onClick={onClick} />)
    await userEvent.click(screen.getByRole('button'))
    expect(onClick).toHaveBeenCalledTimes(1)
  })

  it('uses elder-sized text in elder mode', () => {
    renderBlock(<Card title='驾驶证' />, { elder: true })
    expect(screen.getByText('驾驶证')).toHaveClass('ui-card__title--elder')
  })
})

describe('Cell and CellGroup', () => {
  it('show a label, description and value under a heading', () => {
    renderBlock(
      <CellGroup title='参保信息'>
        <Cell title='参保地' description='沈阳市' value='正常参保' />
      </CellGroup>,
    )
    for (const words of ['参保信息', '参保地', '沈阳市', '正常参保']) expect(screen.getByText(words)).toBeInTheDocument()
    expect(screen.queryByText('›')).toBeNull()
  })

  it('become a way in, with an arrow, when given onClick', async () => {
    const onClick = jest.fn()
    renderBlock(<Cell title='缴费记录' onClick={onClick} />)
    expect(screen.getByText('›')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button'))
    expect(onClick).toHaveBeenCalledTimes(1)
  })

  it('are elder-sized rows in elder mode', () => {
    renderBlock(<Cell title='缴费记录' onClick={() => {}} />, { elder: true })
    expect(screen.getByRole('button')).toHaveClass('ui-cell--elder')
    expect(screen.getByText('缴费记录')).toHaveClass('ui-cell__title--elder')
  })
})
