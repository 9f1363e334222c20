/**
 * Whether a build talks to the built-in MSW mock backend, and where the API is.
 *
 * - H5 development builds use the browser worker by default (TARO_APP_MOCK=off turns it off).
 * - Production builds never contain mock code unless TARO_APP_MOCK=on asks for it,
 *   as the browser journeys do.
 * - weapp and RN have no service worker; they reach the API base URL, which
 *   TARO_APP_API_BASE overrides (for example a local mock server).
 */
export interface MockSettings {
  enabled: boolean
  apiBase: string
}

const DEFAULT_REMOTE_API = 'https://api.example.gov.cn/api'

export const mockSettings = (target: string, env: NodeJS.ProcessEnv = process.env): MockSettings => {
  const production = env.NODE_ENV === 'production'
  const requested = env.TARO_APP_MOCK
  const enabled = target === 'h5' && (requested === 'on' || (!production && requested !== 'off'))
  const apiBase = env.TARO_APP_API_BASE ?? (target === 'h5' ? '/api' : DEFAULT_REMOTE_API)
  return { enabled, apiBase }
}
