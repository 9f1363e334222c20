import type { NativeModuleStub } from '../bridge'
import type { Realm } from '../realm'
import type { ViewTree } from '../view-tree'
import { nativeAnimated } from './animated'
import { installExpo } from './expo'
import type { NativeHost } from './host'
import { libraryModules } from './libraries'
import { networkingModules, type NetworkRecord } from './networking'
import { platformModules, type ReportedException } from './platform'
import { asyncStorage } from './storage'
import { uiManager } from './ui-manager'

/** Where the native side reports what it saw. */
export interface NativeSinks {
  tree: ViewTree
  network: NetworkRecord[]
  storage: Map<string, string>
  onException: (e: ReportedException) => void
  /** A module looked up that has no stub (Expo's JSI modules included). */
  onMissingModule: (name: string) => void
  /** View managers looked up and not registered. */
  missingViews: Set<string>
}

/** Every native module this "device" has: React Native's core set plus the libraries a Taro shell links. */
export const nativeModules = (host: NativeHost, realm: Realm, sinks: NativeSinks): Record<string, NativeModuleStub> => ({
  ...platformModules(host, sinks.onException),
  UIManager: uiManager(host, sinks.tree, sinks.missingViews),
  NativeAnimatedModule: nativeAnimated(host),
  ...networkingModules(host, sinks.network),
  RNCAsyncStorage: asyncStorage(sinks.storage),
  ...libraryModules(),
  ...installExpo(realm, sinks.onMissingModule),
})

export { ABSENT_ON_ANDROID } from './absent'
export type { NetworkRecord } from './networking'
export type { ReportedException } from './platform'
