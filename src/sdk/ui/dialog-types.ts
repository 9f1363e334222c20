/** What `ConfirmDialog` takes: the question, its answers and what each does. */
export interface ConfirmDialogProps {
  /** Whether the question is being asked now. */
  open: boolean
  /** The question, short: 确认撤回申请？ */
  title: string
  /** More about what happens if the resident confirms; left out when the title says it all. */
  message?: string
  /** Defaults to 确定 / 取消. */
  confirmText?: string
  /** The cancel button's words; defaults to 取消. */
  cancelText?: string
  /** The confirm action cannot be undone (revoke, delete): its button says so. */
  danger?: boolean
  /** Called when the resident taps the confirm button; close the dialog here (set `open` to false). */
  onConfirm: () => unknown
  /** Called when the resident cancels or closes the dialog; close it here and change nothing. */
  onCancel: () => unknown
}
