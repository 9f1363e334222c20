import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderBlock } from '../../../test/render-block'
import { EmptyState, ErrorState, ResultState } from './states'

describe('EmptyState', () => {
  it('says there is nothing yet in the resident’s language, and offers the next step', async () => {
    const onClick = jest.fn()
    renderBlock(<EmptyState action={{ label: '去预约', onClick }} />)
    expect(screen.getByText('暂无内容')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: '去预约' }))
    expect(onClick).toHaveBeenCalledTimes(1)
  })

  it('speaks English when the resident chose it', () => {
    renderBlock(<EmptyState />, { locale: 'en' })
    expect(screen.getByText('Nothing here yet')).toBeInTheDocument()
  })
})

describe('ErrorState', () => {
  it('announces the failure and retries on tap', async () => {
    const retry = jest.fn()
    renderBlock(<ErrorState message='网络不可用' retry={{ label: '重试', onClick: retry }} />)
    expect(screen.getByRole('alert')).toHaveTextContent('网络不可用')
    await userEvent.click(screen.getByRole('button', { name: '重试' }))
    expect(retry).toHaveBeenCalledTimes(1)
  })
})

describe('ResultState', () => {
  it('says the outcome in words, with the first action as the main one', () => {
    renderBlock(
      <ResultState
        status='success'
        description='受理编号 2024-001'
        actions={[
          { label: '查看进度', onClick: () => {} },
          { label: '返回首页', onClick: () => {} },
        ]}
      />,
    )
    expect(screen.getByRole('status')).toHaveTextContent('办理成功')
    expect(screen.getByRole('button', { name: '查看进度' })).toHaveClass('ui-button--primary')
    expect(screen.getByRole('button', { name: '返回首页' })).toHaveClass('ui-button--secondary')
  })

  it('is elder-sized in elder mode', () => {
    renderBlock(<ResultState status='failure' />, { elder: true })
    expect(screen.getByText('办理失败')).toHaveClass('ui-state__title--elder')
  })
})
