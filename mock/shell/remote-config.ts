import { http, HttpResponse } from 'msw'
import { getMockState } from '../kit/state'

/** The seed: everything enabled, as the built-in default, with one notice so Home shows where notices go. */
export const SEED_REMOTE_CONFIG = {
  version: 'seed-1',
  ttlSec: 300,
  miniApps: {},
  notices: [{ id: 'welcome', text: { 'zh-CN': '政务服务平台试运行中，欢迎提出意见', en: 'The service platform is in trial; your feedback is welcome' }, level: 'info' }],
}

const DISABLED_MESSAGE = { 'zh-CN': '该服务正在维护，暂停使用', en: 'This service is under maintenance and paused' }

/** The served config: the tester's own if set, else the seed, with `disabled` mini-apps switched off on top. */
export const servedRemoteConfig = (): unknown => {
  const { remoteConfig, disabled } = getMockState()
  const base = remoteConfig ?? SEED_REMOTE_CONFIG
  if (disabled.length === 0 || typeof base !== 'object' || base === null) return base
  const miniApps = { ...((base as { miniApps?: Record<string, unknown> }).miniApps ?? {}) }
  for (const id of disabled) miniApps[id] = { enabled: false, message: DISABLED_MESSAGE }
  return { ...base, version: `${String((base as { version?: unknown }).version)}+off:${disabled.join(',')}`, miniApps }
}

/** Whether the served config switches this mini-app off: the guard then refuses its API too. */
export const miniAppDisabled = (id: string): boolean => {
  const config = servedRemoteConfig() as { miniApps?: Record<string, { enabled?: unknown } | undefined> } | null
  return config?.miniApps?.[id]?.enabled === false
}

/** GET /api/config: public (a signed-out Home needs it too), the same for everyone; the device evaluates gray releases. */
export const remoteConfigHandlers = [http.get('*/api/config', () => HttpResponse.json(servedRemoteConfig() as Record<string, unknown>))]
