/**
 * The SDK: the only module a mini-app may import from the shell.
 * Lint rejects any other path into `src/`, so everything a mini-app needs is
 * exported here, and the shell may reorganise its insides freely.
 */

/** The shared RTK Query API; add a mini-app's endpoints with `api.injectEndpoints`. */
export { api } from '../shell/api/api'
/** Typed failures of a request: `http`, `unauthenticated`, `timeout` or `network`. */
export type { ApiError } from '../shell/api/errors'
/** Narrows an unknown value (e.g. a query's `error`) to an `ApiError`. */
export { isApiError } from '../shell/api/errors'

/** Typed `useDispatch` for the one store. */
export { useAppDispatch } from '../shell/store/hooks'
/** Typed `useSelector` over the root state. */
export { useAppSelector } from '../shell/store/hooks'
/** Adds a mini-app's slice (named after its id) to the one store when the subpackage loads. */
export { injectSlice } from '../shell/store/store'
export type { RootState } from '../shell/store/store'
/**
 * The slices mini-apps inject. A mini-app adds its own by augmentation, e.g.
 * `declare module '@sdk' { interface LazyLoadedSlices extends WithSlice<typeof mySlice> {} }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface LazyLoadedSlices {}
export type { WithSlice } from '@reduxjs/toolkit'
/** Redux Toolkit's `createSlice`, re-exported so mini-apps need no other door. */
export { createSlice } from '@reduxjs/toolkit'
export type { PayloadAction } from '@reduxjs/toolkit'

/** The resident's language, `zh-CN` or `en`. */
export { useLocale } from '../shell/i18n/text'
/** Picks the current language's entry of a `{ 'zh-CN', en }` record of the mini-app's text. */
export { useLocalized } from '../shell/i18n/text'
export type { Locale } from '../shell/store/settings-slice'

/**
 * The resident's personal data for this mini-app: `await read('profile.idNumber')`.
 * The scope must be declared in the manifest (else `PermissionDeniedError`) and,
 * on first use, allowed by the resident (else `ConsentDeniedError`). Every use is audited.
 */
export { usePersonalData } from '../shell/capabilities/personal-data'
export type { PersonalDataScope } from '../shell/capabilities/personal-data'
/** Key-value storage under this mini-app's own prefix. */
export { useMiniAppStorage } from '../shell/capabilities/storage'
/** Opens this mini-app's pages (`open('pages/detail', { id })`), goes back or home. */
export { useMiniAppNavigation } from '../shell/capabilities/navigation'
/** HTTPS requests to the manifest's `allowedDomains` only, never carrying the resident's token. */
export { useExternalRequest } from '../shell/capabilities/external-request'
/** Pays an order the mini-app's API created and shows the result; needs the `payment` scope. */
export { usePay } from '../shell/capabilities/pay'
export { PaymentNotStartedError } from '../shell/payment/pay'
export type { PaymentOutcome } from '../shell/payment/pay'
/** Thrown when a capability was not declared in the manifest; the attempt is audited. */
export { PermissionDeniedError, ConsentDeniedError, isPermissionDenied, isConsentDenied } from '../shell/consent/errors'

/** Loading, error-with-retry, empty and loaded states for one RTK Query result. */
export { QueryView } from '../shell/ui/query-view'
export type { QueryLike } from '../shell/ui/query-view'

/** Formats integer fen as yuan, e.g. `formatFen(12345)` → `¥123.45`. */
export { formatFen } from '../shell/format/money'

/** The shell contract version a manifest's `shell` range is checked against. */
export { SHELL_VERSION } from './version'
/** What a department writes in `mini-apps/<id>/manifest.ts`. */
export type { MiniAppManifest } from './manifest/schema'
/**
 * What a department writes in `mini-apps/<id>/scenario.ts` for a `kind: 'form'`
 * scenario (`satisfies ScenarioDefinition`): data only, rendered by the shell.
 */
export type { Condition, ScenarioDefinition } from './scenario/schema'
export type { CatalogueEntry, Localized } from './manifest/catalogue'
export type { Category, IdentityLevel, RegionCode, Scope, Target } from './manifest/vocabulary'
