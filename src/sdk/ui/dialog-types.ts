/** What `ConfirmDialog` takes: the question, its answers and what each does. */
export interface ConfirmDialogProps {
  /** Whether the question is being asked now. */
  open: boolean
  title: string
  message?: string
  /** Defaults to 确定 / 取消. */
  confirmText?: string
  cancelText?: string
  /** The confirm action cannot be undone (revoke, delete): its button says so. */
  danger?: boolean
  onConfirm: () => unknown
  onCancel: () => unknown
}
