import * as z from 'zod/mini'

/** Text for residents in both locales, as in manifests. */
const localized = z.object({ 'zh-CN': z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) })

/**
 * Who a gray release reaches: a resident on the `users` whitelist always;
 * otherwise one in `regions` (city codes; absent means every region) whose
 * stable bucket falls below `percent`. A whitelist-only release is `percent: 0`.
 */
const rollout = z.object({
  percent: z.number().check(z.gte(0), z.lte(100)),
  regions: z.optional(z.array(z.string().check(z.regex(/^\d{6}$/)))),
  users: z.optional(z.array(z.string().check(z.minLength(1)))),
})

const miniAppConfig = z.object({
  /** The kill switch: false closes every page of the mini-app, and the server refuses its API. */
  enabled: z.boolean(),
  /** What residents read while it is disabled. */
  message: z.optional(localized),
  rollout: z.optional(rollout),
})

const notice = z.object({ id: z.string().check(z.minLength(1)), text: localized, level: z.optional(z.enum(['info', 'warning'])) })

/** The served remote configuration (`GET /api/config`), checked whole before any of it applies. */
export const remoteConfigSchema = z.object({
  version: z.string().check(z.minLength(1)),
  /** How long a device may use it before asking again. */
  ttlSec: z.optional(z.number().check(z.int(), z.gte(0), z.lte(86_400))),
  /** Below it, the shell asks the resident to update (and keeps working). */
  minShellVersion: z.optional(z.string().check(z.regex(/^\d+\.\d+\.\d+$/))),
  miniApps: z.record(z.string().check(z.regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/)), miniAppConfig),
  notices: z.array(notice),
})

export type RemoteConfig = z.infer<typeof remoteConfigSchema>
export type MiniAppConfig = z.infer<typeof miniAppConfig>
export type Rollout = z.infer<typeof rollout>
export type Notice = z.infer<typeof notice>

/** With no config ever fetched: everything enabled, nothing announced. */
export const DEFAULT_REMOTE_CONFIG: RemoteConfig = { version: 'built-in', miniApps: {}, notices: [] }

/** A config that passes the schema, or the reasons it does not (all of them: it is rejected whole). */
export const parseRemoteConfig = (value: unknown): { ok: true; config: RemoteConfig } | { ok: false; issues: string[] } => {
  const result = remoteConfigSchema.safeParse(value)
  if (result.success) return { ok: true, config: result.data }
  return { ok: false, issues: result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`) }
}
