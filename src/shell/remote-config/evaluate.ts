import MurmurHash3 from 'imurmurhash'
import type { Localized } from '../../sdk/manifest/catalogue'
import type { RemoteConfig, Rollout } from './config-schema'

/** Buckets per mini-app: a percentage is reached in steps of 0.01%. */
export const BUCKETS = 10_000

/**
 * The resident's bucket for one mini-app, from 0 to 9,999: the same on every
 * launch and device (so a resident never flips in and out of a release), and
 * independent between mini-apps (so the same residents are not always first).
 */
export const rolloutBucket = (userKey: string, miniAppId: string): number =>
  // MurmurHash3 rather than SHA-256: a few hundred bytes, and no TextEncoder, which WeChat's logic layer lacks.
  new MurmurHash3(`${userKey}\u0000${miniAppId}`).result() % BUCKETS

/** Who is asking: an opaque key when signed in (gray releases need one), and the chosen city. */
export interface Audience {
  userKey?: string
  city: string
}

export const inRollout = (rollout: Rollout, miniAppId: string, { userKey, city }: Audience): boolean => {
  if (userKey !== undefined && rollout.users?.includes(userKey)) return true
  if (rollout.regions && !rollout.regions.includes(city)) return false
  if (rollout.percent >= 100) return true
  return userKey !== undefined && rolloutBucket(userKey, miniAppId) < rollout.percent * (BUCKETS / 100)
}

/** What the config says of one mini-app for this resident. */
export type MiniAppAvailability = { status: 'open' } | { status: 'disabled'; message?: Localized } | { status: 'not-offered' }

export const miniAppAvailability = (config: RemoteConfig, miniAppId: string, audience: Audience): MiniAppAvailability => {
  const entry = config.miniApps[miniAppId]
  if (!entry) return { status: 'open' }
  if (!entry.enabled) return { status: 'disabled', ...(entry.message ? { message: entry.message } : {}) }
  if (entry.rollout && !inRollout(entry.rollout, miniAppId, audience)) return { status: 'not-offered' }
  return { status: 'open' }
}

const parts = (version: string): number[] => version.split(/[.+-]/).slice(0, 3).map((n) => Number.parseInt(n, 10) || 0)

/** Whether this shell is older than the config's minimum (x.y.z; a pre-release counts as its release). */
export const shellOutdated = (config: RemoteConfig, shellVersion: string): boolean => {
  if (!config.minShellVersion) return false
  const have = parts(shellVersion)
  const need = parts(config.minShellVersion)
  for (let i = 0; i < 3; i++) if (have[i] !== need[i]) return have[i] < need[i]
  return false
}
