/**
 * The SDK's shared UI blocks: one API on weapp, H5 and RN, following the
 * theme and elder mode (长辈版) with no work from the mini-app. Light blocks
 * (View/Text + Sass) cost a page almost nothing; the NutUI-based ones
 * (toast, dialog, select and date fields) add NutUI to the subpackage that
 * uses them, and have a Taro-only twin for RN (`*.rn.tsx`). Sizes: docs/sdk-ui.md.
 *
 * @packageDocumentation
 */

export type { UiText } from './block-kit'
export { Button } from './button'
export type { ButtonProps } from './button'
export { Card } from './card'
export type { CardProps } from './card'
export { Cell, CellGroup } from './cell'
export type { CellProps, CellGroupProps } from './cell'
export { Chip, Tag } from './chip'
export type { ChipProps, TagProps, TagTone } from './chip'
export { EmptyState, ErrorState, ResultState } from './states'
export type { EmptyStateProps, ErrorStateProps, ResultStateProps, ResultStatus, StateAction } from './states'
export { InlineStatus } from './inline-status'
export type { InlineStatusProps } from './inline-status'
export type { StatusKind } from './status-kind'
export { InlineConfirm } from './inline-confirm'
export type { InlineConfirmProps } from './inline-confirm'
export { Toast } from './toast'
export type { ToastProps } from './toast'
export { ConfirmDialog } from './dialog'
export type { ConfirmDialogProps } from './dialog'

export { Form } from './form/form'
export type { FormProps } from './form/form'
export { useForm, validateForm } from './form/use-form'
export type { FieldBinding, FieldSpec, FormApi, FormErrors, FormSpec } from './form/use-form'
export { required, minLength, maxLength, pattern, check, dateBetween, isBlank } from './form/rules'
export type { Rule, RuleContext } from './form/rules'
export { TextField } from './form/text-field'
export type { TextFieldProps } from './form/text-field'
export { SelectField } from './form/select-field'
export { DateField } from './form/date-field'
export type { Choice, DateFieldProps, SelectFieldProps } from './form/picker-types'

export { colours, standardScale, elderScale } from './theme/tokens'
export type { Scale } from './theme/tokens'
