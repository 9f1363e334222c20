import type { RegionCode } from '../../../sdk/manifest/vocabulary'
import type { ScenarioField } from '../../../sdk/scenario'
import { accountEn } from '../../../locales/account/en'
import { accountZhCN } from '../../../locales/account/zh-CN'
import { idNumberProblem } from '../../identity/id-number'
import { usccProblem } from '../../identity/uscc'
import { usccProblemText } from '../../identity/uscc-text'
import { both, forField, requiredMessage } from './messages'
import { isAnswered, type AnswerValue, type FileView, type Localized } from './types'

/** Every rule a field can fail; the definition may override the message of most (`messages`). */
export type FieldRule =
  | 'required' | 'minLength' | 'maxLength' | 'pattern' | 'number' | 'integer' | 'min' | 'max'
  | 'date' | 'earliest' | 'latest' | 'option' | 'region' | 'idNumber' | 'phone' | 'uscc' | 'maxFiles' | 'uploading'

export interface FieldError {
  fieldId: string
  rule: FieldRule
  /** For `idNumber` and `uscc`: which part is wrong (e.g. `check-digit`). */
  detail?: string
  message: Localized
}

export interface RuleContext {
  today: Date
  files: Record<string, FileView>
}

const DEFAULT_MAX = { text: 200, multiline: 2000, address: 120 }
const MOBILE = /^1[3-9]\d{9}$/
const LIAONING = /^21\d{4}$/

/** YYYY-MM-DD of a day, in local time: residents think in their own calendar days. */
export const isoDay = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`

const realDate = (value: string): boolean => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [y, m, d] = match.slice(1).map(Number)
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

const bound = (b: { date: string } | { daysFromToday: number }, today: Date): string => {
  if ('date' in b) return b.date
  const day = new Date(today.getFullYear(), today.getMonth(), today.getDate() + b.daysFromToday)
  return isoDay(day)
}

type Check = { rule: FieldRule; detail?: string; message: Localized } | undefined
/** Rules a definition overrides by name; every other rule is a `format` rule of its type. */
const NAMED: FieldRule[] = ['required', 'minLength', 'maxLength', 'min', 'max', 'earliest', 'latest']

/** The definition's own message for a rule wins over the shell's. */
const fail = (field: ScenarioField, rule: FieldRule, message: Localized, detail?: string): NonNullable<Check> => {
  const overrides = field.messages as Partial<Record<string, Localized>> | undefined
  return { rule, ...(detail ? { detail } : {}), message: overrides?.[NAMED.includes(rule) ? rule : 'format'] ?? message }
}

const textRules = (field: ScenarioField & { type: 'text' | 'address' }, value: string): Check => {
  const chars = Array.from(value).length
  const max = field.maxLength ?? (field.type === 'address' ? DEFAULT_MAX.address : 'multiline' in field && field.multiline ? DEFAULT_MAX.multiline : DEFAULT_MAX.text)
  if (field.type === 'text' && field.minLength !== undefined && chars < field.minLength) {
    return fail(field, 'minLength', forField(field, (t, l) => t.minLength(l, field.minLength ?? 0)))
  }
  if (chars > max) return fail(field, 'maxLength', forField(field, (t, l) => t.maxLength(l, max)))
  if (field.type === 'text' && field.pattern && !new RegExp(field.pattern.regex).test(value)) return { rule: 'pattern', message: field.pattern.message }
  return undefined
}

const numberRules = (field: ScenarioField & { type: 'number' }, raw: string | number): Check => {
  const n = typeof raw === 'number' ? raw : Number(raw.trim())
  if (!Number.isFinite(n) || (typeof raw === 'string' && !/^-?\d+(\.\d+)?$/.test(raw.trim()))) return fail(field, 'number', forField(field, (t, l) => t.number(l)))
  if (field.integer && !Number.isInteger(n)) return fail(field, 'integer', forField(field, (t, l) => t.integer(l)))
  const withUnit = (v: number, locale: keyof Localized) => `${v}${field.unit ? ` ${field.unit[locale]}` : ''}`
  if (field.min !== undefined && n < field.min) return fail(field, 'min', forField(field, (t, l, loc) => t.min(l, withUnit(field.min ?? 0, loc))))
  if (field.max !== undefined && n > field.max) return fail(field, 'max', forField(field, (t, l, loc) => t.max(l, withUnit(field.max ?? 0, loc))))
  return undefined
}

const dateRules = (field: ScenarioField & { type: 'date' }, value: string, today: Date): Check => {
  if (!realDate(value)) return fail(field, 'date', forField(field, (t, l) => t.date(l)))
  const isToday = (b: object) => 'daysFromToday' in b && b.daysFromToday === 0
  if (field.earliest && value < bound(field.earliest, today)) {
    const earliest = field.earliest
    return fail(field, 'earliest', forField(field, (t, l) => (isToday(earliest) ? t.earliestToday(l) : t.earliest(l, bound(earliest, today)))))
  }
  if (field.latest && value > bound(field.latest, today)) {
    const latest = field.latest
    return fail(field, 'latest', forField(field, (t, l) => (isToday(latest) ? t.latestToday(l) : t.latest(l, bound(latest, today)))))
  }
  return undefined
}

const uploadRules = (field: ScenarioField & { type: 'upload' }, keys: string[], files: Record<string, FileView>): Check => {
  if (keys.length > field.maxFiles) return fail(field, 'maxFiles', forField(field, (t, l) => t.maxFiles(l, field.maxFiles)))
  if (keys.some((key) => !files[key]?.fileId)) return { rule: 'uploading', message: forField(field, (t, l) => t.uploading(l)) }
  return undefined
}

/** The rules of one field's type, for a value that was given. */
const typeRules = (field: ScenarioField, value: AnswerValue, ctx: RuleContext): Check => {
  const text = Array.isArray(value) ? '' : String(value).trim()
  switch (field.type) {
    case 'text':
    case 'address':
      return textRules(field, text)
    case 'number':
      return Array.isArray(value) ? fail(field, 'number', forField(field, (t, l) => t.number(l))) : numberRules(field, value)
    case 'date':
      return dateRules(field, text, ctx.today)
    case 'select':
      return field.options.some((o) => o.value === text) ? undefined : fail(field, 'option', forField(field, (t, l) => t.option(l)))
    case 'region':
      if (!LIAONING.test(text)) return fail(field, 'region', forField(field, (t, l) => t.region(l)))
      return field.within && !field.within.includes(`${text.slice(0, 4)}00` as RegionCode)
        ? fail(field, 'region', forField(field, (t, l) => t.regionWithin(l)))
        : undefined
    case 'id-number': {
      const problem = idNumberProblem(text, ctx.today)
      return problem ? fail(field, 'idNumber', both((_, locale) => (locale === 'en' ? accountEn : accountZhCN).verify.idProblems[problem]), problem) : undefined
    }
    case 'phone':
      return MOBILE.test(text) ? undefined : fail(field, 'phone', both((t) => t.phone()))
    case 'uscc': {
      const problem = usccProblem(text)
      return problem ? fail(field, 'uscc', both((_, locale) => usccProblemText[locale][problem]), problem) : undefined
    }
    case 'upload':
      return uploadRules(field, Array.isArray(value) ? value : [], ctx.files)
  }
}

/**
 * Checks one visible field's answer: the first rule it fails, with the
 * residents' message in both languages, or undefined when it is fine.
 */
export const validateField = (field: ScenarioField, value: AnswerValue | undefined, ctx: RuleContext): FieldError | undefined => {
  if (value === undefined || !isAnswered(value)) return field.required ? { fieldId: field.id, ...fail(field, 'required', requiredMessage(field)) } : undefined
  const check = typeRules(field, value, ctx)
  return check ? { fieldId: field.id, ...check } : undefined
}
