import type { PropsWithChildren } from 'react'
import { useDidShow } from '@tarojs/taro'
import { Provider } from 'react-redux'
import { startMockBackend } from './shell/mock-backend'
import { announceReconciledPayments } from './shell/payment/use-reconcile'
import { appStore } from './shell/store/app-store'
import { deviceStorage } from './shell/storage/device-storage'
import { useDeviceStorageReady } from './shell/storage/use-device-storage'
import './app.scss'

// Before the first page renders, so its first request already reaches the mocks.
startMockBackend()

function App({ children }: PropsWithChildren) {
  // At once on WeChat and H5; on React Native once AsyncStorage has been read, so the session is restored first.
  const ready = useDeviceStorageReady()
  // Launch and every return to the foreground: payments cut off while away get their answer
  // (on React Native, Home's own check covers the launch that happens before storage is ready).
  useDidShow(() => void (deviceStorage.ready() && announceReconciledPayments(appStore())))
  if (!ready) return null
  return <Provider store={appStore()}>{children}</Provider>
}

export default App
