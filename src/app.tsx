import type { PropsWithChildren } from 'react'
import { useDidShow } from '@tarojs/taro'
import { Provider } from 'react-redux'
import { prefetchStoredLocale, useStoredLocale } from './shell/i18n/use-stored-locale'
import { startMockBackend } from './shell/mock-backend'
import { announceReconciledPayments } from './shell/payment/use-reconcile'
import { storageReady } from './shell/platform/platform'
import { refreshRemoteConfig } from './shell/remote-config/refresh'
import { useStorageReady } from './shell/platform/use-storage-ready'
import { appStore } from './shell/store/app-store'
import { ShellContext } from './shell/store/context'
import './app.scss'

// Before the first page renders, so its first request already reaches the mocks.
startMockBackend()
// On H5 English is a chunk of its own: ask for it before the first page renders.
if (storageReady()) prefetchStoredLocale()

function App({ children }: PropsWithChildren) {
  // At once on WeChat and H5; on React Native once AsyncStorage has been read, so the session is restored first.
  const ready = useStorageReady()
  useStoredLocale(ready)
  // Launch and every return to the foreground: payments cut off while away get their answer
  // (on React Native, Home's own check covers the launch that happens before storage is ready).
  useDidShow(() => {
    if (!storageReady()) return
    void announceReconciledPayments(appStore())
    // Asks the server only once the cached config's TTL has run out, so a kill switch reaches residents within it.
    refreshRemoteConfig(appStore())
  })
  if (!ready) return null
  // The shell's store on its private context: mini-app pages get their own store on the default one.
  return (
    <Provider store={appStore()} context={ShellContext}>
      {children}
    </Provider>
  )
}

export default App
