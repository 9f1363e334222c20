import type { Localized } from '../../../sdk/manifest/catalogue'
import type { ScenarioField } from '../../../sdk/scenario'
import type { AnswerValue } from '../engine'

/** The resident's language, as the definition's texts are keyed. */
export type Locale = keyof Localized

/**
 * What every field widget takes. One file per field type, on
 * `@tarojs/components` only, so each can be swapped for the SDK's UI block
 * of the same kind when those land.
 */
export interface FieldProps<T extends ScenarioField['type'] = ScenarioField['type']> {
  field: Extract<ScenarioField, { type: T }>
  value: AnswerValue | undefined
  /** The field's error in the resident's language, if the last Continue found one. */
  error?: string
  onChange(value: AnswerValue): void
  locale: Locale
}

export const textOf = (value: AnswerValue | undefined): string => (value === undefined || Array.isArray(value) ? '' : String(value))
