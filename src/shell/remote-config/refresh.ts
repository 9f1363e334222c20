import type { AppStore } from '../store/store'
import { remoteConfigApi } from './remote-config-api'

/**
 * On launch and every return to the foreground: runs the config query again.
 * Its fetch goes through the TTL cache, so this costs a request only once
 * the cached config has expired.
 */
export const refreshRemoteConfig = (store: Pick<AppStore, 'dispatch'>): void => {
  void store.dispatch(remoteConfigApi.endpoints.getRemoteConfig.initiate(undefined, { forceRefetch: true, subscribe: false }))
}
