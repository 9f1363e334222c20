import type { Localized } from '../../sdk/manifest/catalogue'

/**
 * Who a gray release reaches: a resident on the `users` whitelist always;
 * otherwise one in `regions` (city codes; absent means every region) whose
 * stable bucket falls below `percent`. A whitelist-only release is `percent: 0`.
 */
export interface Rollout {
  percent: number
  regions?: string[]
  users?: string[]
}

export interface MiniAppConfig {
  /** The kill switch: false closes every page of the mini-app, and the server refuses its API. */
  enabled: boolean
  /** What residents read while it is disabled. */
  message?: Localized
  rollout?: Rollout
}

export interface Notice {
  id: string
  text: Localized
  level?: 'info' | 'warning'
}

/** The served remote configuration (`GET /api/config`), checked whole before any of it applies. */
export interface RemoteConfig {
  version: string
  /** How long a device may use it before asking again. */
  ttlSec?: number
  /** Below it, the shell asks the resident to update (and keeps working). */
  minShellVersion?: string
  miniApps: Record<string, MiniAppConfig>
  notices: Notice[]
}

/** With no config ever fetched: everything enabled, nothing announced. */
export const DEFAULT_REMOTE_CONFIG: RemoteConfig = { version: 'built-in', miniApps: {}, notices: [] }

type Check = (value: unknown, path: string, issues: string[]) => void
type Field = [name: string, check: Check, optional?: boolean]

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const problem = (issues: string[], path: string, message: string) => void issues.push(`${path || '(root)'}: ${message}`)
const at = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key))

const text = (pattern?: RegExp): Check => (value, path, issues) => {
  if (typeof value !== 'string' || value === '') problem(issues, path, 'expected a non-empty string')
  else if (pattern && !pattern.test(value)) problem(issues, path, `does not match ${pattern.source}`)
}
const number = (min: number, max: number, integer = false): Check => (value, path, issues) => {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    problem(issues, path, `expected ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`)
  }
}
const boolean: Check = (value, path, issues) => void (typeof value !== 'boolean' && problem(issues, path, 'expected true or false'))
const oneOf = (...allowed: string[]): Check => (value, path, issues) => void (!allowed.includes(value as string) && problem(issues, path, `expected one of ${allowed.join(', ')}`))
const list = (item: Check): Check => (value, path, issues) => {
  if (!Array.isArray(value)) problem(issues, path, 'expected a list')
  else value.forEach((v, i) => item(v, at(path, i), issues))
}
/** An object with exactly these fields: an unknown one is a problem too, since it may be a misspelt switch. */
const object = (fields: Field[]): Check => (value, path, issues) => {
  if (!isObject(value)) return problem(issues, path, 'expected an object')
  for (const [name, check, optional] of fields) {
    if (value[name] === undefined) {
      if (!optional) problem(issues, at(path, name), 'is required')
    } else check(value[name], at(path, name), issues)
  }
  for (const key of Object.keys(value)) if (!fields.some(([name]) => name === key)) problem(issues, at(path, key), 'is not a known field')
}
const record = (keyPattern: RegExp, item: Check): Check => (value, path, issues) => {
  if (!isObject(value)) return problem(issues, path, 'expected an object')
  for (const [key, v] of Object.entries(value)) {
    if (!keyPattern.test(key)) problem(issues, at(path, key), 'is not a kebab-case mini-app id')
    item(v, at(path, key), issues)
  }
}

const localized = object([['zh-CN', text()], ['en', text()]])
const rollout = object([['percent', number(0, 100)], ['regions', list(text(/^\d{6}$/)), true], ['users', list(text()), true]])
const miniApp = object([['enabled', boolean], ['message', localized, true], ['rollout', rollout, true]])
const notice = object([['id', text()], ['text', localized], ['level', oneOf('info', 'warning'), true]])
const config = object([
  ['version', text()],
  ['ttlSec', number(0, 86_400, true), true],
  ['minShellVersion', text(/^\d+\.\d+\.\d+$/), true],
  ['miniApps', record(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, miniApp)],
  ['notices', list(notice)],
])

/**
 * A config that passes the schema, or every reason it does not: it is
 * rejected whole. Hand-written rather than zod/mini because this runs in the
 * tab pages, and zod/mini put 35 KB into the weapp main package (measured).
 * The same shape is in openapi.yaml's `RemoteConfig`, which the mock's
 * contract test holds the server to.
 */
export const parseRemoteConfig = (value: unknown): { ok: true; config: RemoteConfig } | { ok: false; issues: string[] } => {
  const issues: string[] = []
  config(value, '', issues)
  return issues.length === 0 ? { ok: true, config: value as RemoteConfig } : { ok: false, issues }
}
