import { useState } from 'react'
import { act, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderBlock } from '../../../test/render-block'
import { Toast } from './toast'
import { Toast as RnToast } from './toast.rn'
import type { ToastProps } from './toast-types'

/** A page that says "saved" after a tap, as a mini-app would. */
function Save({ ToastBlock }: { ToastBlock: (props: ToastProps) => JSX.Element | null }) {
  const [message, setMessage] = useState<string | null>(null)
  return (
    <>
      <button onClick={() => setMessage('已保存')}>保存</button>
      <ToastBlock message={message} kind='success' durationMs={1500} onClose={() => setMessage(null)} />
    </>
  )
}

afterEach(() => jest.useRealTimers())

describe.each([
  ['NutUI (weapp, H5)', Toast],
  ['light (RN)', RnToast],
] as const)('Toast, %s', (_target, ToastBlock) => {
  it('shows the message with its mark, then goes by itself', async () => {
    jest.useFakeTimers()
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime })
    renderBlock(<Save ToastBlock={ToastBlock} />)
    await user.click(screen.getByText('保存'))
    expect(screen.getByText('✓ 已保存')).toBeInTheDocument()
    act(() => {
      jest.advanceTimersByTime(3000)
    })
    expect(screen.queryByText(/已保存/)).toBeNull()
  })

  it('becomes an inline message in elder mode that stays until dismissed', async () => {
    jest.useFakeTimers()
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime })
    renderBlock(<Save ToastBlock={ToastBlock} />, { elder: true })
    await user.click(screen.getByText('保存'))
    act(() => {
      jest.advanceTimersByTime(60_000)
    })
    const status = screen.getByRole('status')
    expect(status).toHaveTextContent('✓ 已保存')
    expect(status).toHaveClass('ui-status--elder')
    await user.click(screen.getByRole('button', { name: '知道了' }))
    expect(screen.queryByText(/已保存/)).toBeNull()
  })
})
