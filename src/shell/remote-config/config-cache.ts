import { platform } from '../platform/platform'
import { DEFAULT_REMOTE_CONFIG, parseRemoteConfig, type RemoteConfig } from './config-schema'

/** The storage key of the last good config and when it was fetched. */
export const REMOTE_CONFIG_KEY = 'shell.remote-config'

/** How long a config is used before asking again when the server names no `ttlSec`. */
export const DEFAULT_TTL_SEC = 300

interface Stored {
  fetchedAt: number
  config: RemoteConfig
}

/** Asks the server; shaped like an RTK Query base query's result. */
export type FetchConfig = () => Promise<{ data: unknown } | { error: unknown }>

export interface LoadedConfig {
  config: RemoteConfig
  /** `network`: fetched now; `cache`: the stored copy, fresh or (after a failure) the last good one; `default`: none ever. */
  source: 'network' | 'cache' | 'default'
  /** The server was asked and gave nothing usable (unreachable, or malformed: see `rejected`). */
  failed: boolean
  /** Why a served config was refused whole, one line per problem. */
  rejected?: string[]
}

const readStored = (): Stored | undefined => {
  try {
    const raw: unknown = platform.getStorageSync(REMOTE_CONFIG_KEY)
    if (typeof raw !== 'string' || raw === '') return undefined
    const parsed = JSON.parse(raw) as Partial<Stored>
    // Re-checked on the way out too: a config stored by an older shell may not fit today's schema.
    const checked = parseRemoteConfig(parsed.config)
    return checked.ok && typeof parsed.fetchedAt === 'number' ? { fetchedAt: parsed.fetchedAt, config: checked.config } : undefined
  } catch {
    return undefined
  }
}

const store = (stored: Stored): void => {
  try {
    platform.setStorageSync(REMOTE_CONFIG_KEY, JSON.stringify(stored))
  } catch {
    // Storage full: the config still applies this launch.
  }
}

const fresh = (stored: Stored, now: number): boolean => now - stored.fetchedAt < (stored.config.ttlSec ?? DEFAULT_TTL_SEC) * 1000

/**
 * The config to apply now: the stored copy while its TTL lasts; otherwise
 * the server's, checked whole against the schema and stored; when the
 * server fails or serves a malformed config, the last good copy however old;
 * with none, the built-in default (everything enabled). Never rejects.
 */
export const loadRemoteConfig = async ({ fetchConfig, now = Date.now() }: { fetchConfig: FetchConfig; now?: number }): Promise<LoadedConfig> => {
  const stored = readStored()
  if (stored && fresh(stored, now)) return { config: stored.config, source: 'cache', failed: false }
  let rejected: string[] | undefined
  try {
    const result = await fetchConfig()
    if ('data' in result) {
      const checked = parseRemoteConfig(result.data)
      if (checked.ok) {
        store({ fetchedAt: now, config: checked.config })
        return { config: checked.config, source: 'network', failed: false }
      }
      rejected = checked.issues
      // No resident's data is in a config: the issues can go to the console as they are.
      console.warn(`Remote config rejected whole; keeping the last good one. ${checked.issues.join('; ')}`)
    }
  } catch {
    // Unreachable is the same as an error answer: fall through to the last good config.
  }
  const fallback = stored ? { config: stored.config, source: 'cache' as const } : { config: DEFAULT_REMOTE_CONFIG, source: 'default' as const }
  return { ...fallback, failed: true, ...(rejected ? { rejected } : {}) }
}
