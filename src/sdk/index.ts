/**
 * The SDK: the only module a mini-app may import from the shell (`@sdk`).
 * Lint refuses any other path into `src/`, so everything a mini-app needs is
 * here, each export documented, and the API report (docs/api/sdk.api.md)
 * shows every change of this surface in review.
 *
 * A mini-app's own API and state come from the registry's binding of it,
 * `import { miniApp } from './generated/mini-app'` (see `MiniAppBinding`).
 *
 * @packageDocumentation
 */

export { SHELL_VERSION } from './version'

// The manifest a department writes, and the vocabulary it uses.
export type { MiniAppManifest } from './manifest/schema'
/**
 * What a department writes in `mini-apps/<id>/scenario.ts` for a `kind: 'form'`
 * scenario (`satisfies ScenarioDefinition`): data only, rendered by the shell.
 */
export type { Condition, ScenarioDefinition } from './scenario/schema'
export type { Localized } from './manifest/catalogue'
export type { Category, IdentityLevel, RegionCode, Scope, Target } from './manifest/vocabulary'
export type { Certificate } from './scenario/vocabulary'

// The mini-app's own API and state, bound to its id by the registry.
export type { MiniAppApi, MiniAppBinding, MiniAppRequest } from './internal/binding-types'
export { SliceTakenError } from './internal/bind-mini-app'
export type { PayloadAction } from '@reduxjs/toolkit'

// Errors, typed, and their words for residents.
export type { ApiError } from '../shell/api/errors'
export { isApiError } from '../shell/api/errors'
export { PermissionDeniedError, ConsentDeniedError, isPermissionDenied, isConsentDenied } from '../shell/consent/errors'
export { StorageFullError, isStorageFull } from '../shell/capabilities/storage'
export { PaymentNotStartedError } from '../shell/payment/pay'
export type { PaymentOutcome } from '../shell/payment/pay'
export { useErrorMessage } from '../shell/i18n/error-message'

// Facts of the shell a mini-app may read, and nothing else of it.
export { useLocale, useLocalized } from '../shell/i18n/text'
export type { Locale } from '../shell/store/settings-slice'
export { useIdentityLevel, useActingFor, useElderMode } from '../shell/mini-app/shell-facts'

// Capabilities, checked against the manifest here and again by the server.
export { usePersonalData } from '../shell/capabilities/personal-data'
export type { PersonalDataScope } from '../shell/capabilities/personal-data'
export { useCertificate } from '../shell/capabilities/certificate'
export type { CertificateRecord } from '../shell/capabilities/certificate'
export { useMiniAppStorage } from '../shell/capabilities/storage'
export { useMiniAppNavigation } from '../shell/capabilities/navigation'
export { useExternalRequest } from '../shell/capabilities/external-request'
export { usePay } from '../shell/capabilities/pay'
export { useSubmitCase } from '../shell/capabilities/cases'
export type { CaseReport, CaseReceipt } from '../shell/capabilities/cases'
export { useScanCode, useLocation, useChooseImage, useClipboard, usePageParams, usePageShow } from '../shell/capabilities/device'

// Money and masking, as the shell does them.
export { formatFen, parseYuan } from '../shell/format/money'
export { maskName, maskIdNumber, maskPhone } from '../shell/privacy/mask'
export type { Order } from '../shell/payment/payment-api'

// The shared UI blocks: one API on weapp, H5 and RN, following the theme and
// elder mode (长辈版) with no work from the mini-app. Each block's TSDoc is on
// its declaration in src/sdk/ui/; what each costs a subpackage: docs/sdk-ui.md.
export { QueryView } from '../shell/ui/query-view'
export type { QueryLike } from '../shell/ui/query-view'
export { Button, Card, Cell, CellGroup, Chip, Tag, EmptyState, ErrorState, ResultState, InlineStatus, InlineConfirm } from './ui'
export type {
  ButtonProps,
  CardProps,
  CellProps,
  CellGroupProps,
  ChipProps,
  TagProps,
  TagTone,
  EmptyStateProps,
  ErrorStateProps,
  ResultStateProps,
  ResultStatus,
  StateAction,
  InlineStatusProps,
  InlineConfirmProps,
  StatusKind,
  UiText,
} from './ui'
export { Toast, ConfirmDialog } from './ui'
export type { ToastProps, ConfirmDialogProps } from './ui'

// Forms: values, validation rules with residents' messages, and fields.
export { Form, useForm, validateForm, TextField, SelectField, DateField } from './ui'
export { required, minLength, maxLength, pattern, check, dateBetween, isBlank } from './ui'
export type { FormProps, FieldBinding, FieldSpec, FormApi, FormErrors, FormSpec, Rule, RuleContext } from './ui'
export type { TextFieldProps, SelectFieldProps, DateFieldProps, Choice } from './ui'

// The theme's values, for a page's own styles that must match the blocks.
export { colours, standardScale, elderScale } from './ui'
export type { Scale } from './ui'
