import type { UiText } from '../block-kit'

/** What a rule knows besides the value: the field's label and the blocks' words, for its message. */
export interface RuleContext {
  /** The field's label, to name it in the message (请填写姓名). */
  label: string
  /** The blocks' words in the current language, for the default messages. */
  text: UiText
}

/**
 * One check of a field's value: null when it passes, else the residents'
 * message. Rules other than `required` pass an empty value, so an optional
 * field may stay empty.
 */
export interface Rule<T> {
  /** Checks `value`: null when it passes, else the message the resident sees under the field. */
  (value: T, context: RuleContext): string | null
  /** Marks the field as required (shown as 必填). */
  readonly required?: boolean
}

/** Nothing entered or chosen: null, undefined, blank text or an empty list. */
export const isBlank = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0)

const unlessBlank =
  <T>(check: (value: T, context: RuleContext) => string | null): Rule<T> =>
  (value, context) =>
    isBlank(value) ? null : check(value, context)

/** The field must be filled in (请填写…) or chosen (请选择…); `message` replaces the default words. */
export const required = <T>(message?: string): Rule<T> =>
  Object.assign(
    (value: T, { label, text }: RuleContext) =>
      isBlank(value) ? (message ?? (typeof value === 'string' ? text.requiredText(label) : text.requiredChoice(label))) : null,
    { required: true as const },
  )

/** At least `n` characters. */
export const minLength = (n: number, message?: string): Rule<string> =>
  unlessBlank((value, { label, text }) => ([...value.trim()].length < n ? (message ?? text.tooShort(label, n)) : null))

/** At most `n` characters. */
export const maxLength = (n: number, message?: string): Rule<string> =>
  unlessBlank((value, { label, text }) => ([...value].length > n ? (message ?? text.tooLong(label, n)) : null))

/** The whole value matches `re` (a phone number, a postcode). */
export const pattern = (re: RegExp, message?: string): Rule<string> =>
  unlessBlank((value, { label, text }) => (new RegExp(`^(?:${re.source})$`, re.flags).test(value.trim()) ? null : (message ?? text.badFormat(label))))

/** Any check of the department's own, with its own words: `check((id) => isValidIdNumber(id), t.badId)`. */
export const check = <T>(passes: (value: T) => boolean, message: string): Rule<T> => unlessBlank((value) => (passes(value) ? null : message))

/** A `YYYY-MM-DD` date from `min` to `max` (either may be left out). */
export const dateBetween = (min: string | undefined, max: string | undefined, message?: string): Rule<string | null> =>
  unlessBlank((value, { label, text }) =>
    (min !== undefined && value! < min) || (max !== undefined && value! > max) ? (message ?? text.dateOrder(label, min ?? '…', max ?? '…')) : null,
  )

/** The first message of the first rule that fails, or null. */
export const firstError = <T>(rules: ReadonlyArray<Rule<T>>, value: T, context: RuleContext): string | null => {
  for (const rule of rules) {
    const message = rule(value, context)
    if (message !== null) return message
  }
  return null
}
