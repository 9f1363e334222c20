import { useState } from 'react'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderBlock } from '../../../test/render-block'
import { ConfirmDialog } from './dialog'
import { ConfirmDialog as RnConfirmDialog } from './dialog.rn'
import type { ConfirmDialogProps } from './dialog-types'

/** A page that asks before revoking, as a mini-app would. */
function Revoke({ Dialog }: { Dialog: (props: ConfirmDialogProps) => JSX.Element | null }) {
  const [asking, setAsking] = useState(false)
  const [outcome, setOutcome] = useState('')
  return (
    <>
      <button onClick={() => setAsking(true)}>撤销授权</button>
      <Dialog
        open={asking}
        title='确定撤销授权吗？'
        message='撤销后需重新授权'
        danger
        onConfirm={() => (setAsking(false), setOutcome('已撤销'))}
        onCancel={() => (setAsking(false), setOutcome('已取消'))}
      />
      <p>{outcome}</p>
    </>
  )
}

describe.each([
  ['NutUI (weapp, H5)', ConfirmDialog],
  ['light (RN)', RnConfirmDialog],
] as const)('ConfirmDialog, %s', (_target, Dialog) => {
  it('asks only when open, and confirms', async () => {
    renderBlock(<Revoke Dialog={Dialog} />)
    expect(screen.queryByText('确定撤销授权吗？')).toBeNull()
    await userEvent.click(screen.getByText('撤销授权'))
    expect(screen.getByText('撤销后需重新授权')).toBeInTheDocument()
    await userEvent.click(screen.getByText('确定'))
    expect(screen.getByText('已撤销')).toBeInTheDocument()
  })

  it('cancels', async () => {
    renderBlock(<Revoke Dialog={Dialog} />)
    await userEvent.click(screen.getByText('撤销授权'))
    await userEvent.click(screen.getByText('取消'))
    expect(screen.getByText('已取消')).toBeInTheDocument()
  })

  it('becomes an inline confirmation in elder mode: no overlay, full-width elder buttons', async () => {
    const { container } = renderBlock(<Revoke Dialog={Dialog} />, { elder: true })
    await userEvent.click(screen.getByText('撤销授权'))
    const confirmation = screen.getByRole('alertdialog', { name: '确定撤销授权吗？' })
    expect(confirmation).toHaveClass('ui-confirm--elder')
    expect(container.querySelector('.nut-overlay, .ui-dialog__overlay')).toBeNull()
    const confirm = screen.getByRole('button', { name: '确定' })
    expect(confirm).toHaveClass('ui-button--elder', 'ui-button--danger')
    await userEvent.click(confirm)
    expect(screen.getByText('已撤销')).toBeInTheDocument()
  })
})

describe('ConfirmDialog outside elder mode', () => {
  it('pops up over the page on weapp and H5 (NutUI) and on RN (an overlay)', async () => {
    const { container, unmount } = renderBlock(<Revoke Dialog={ConfirmDialog} />)
    await userEvent.click(screen.getByText('撤销授权'))
    expect(container.ownerDocument.querySelector('.nut-dialog')).not.toBeNull()
    unmount()
    const rn = renderBlock(<Revoke Dialog={RnConfirmDialog} />, { locale: 'en' })
    await userEvent.click(screen.getByText('撤销授权'))
    expect(rn.container.querySelector('.ui-dialog__overlay')).not.toBeNull()
    expect(screen.getByRole('button', { name: 'OK' })).toBeInTheDocument()
  })
})
