import type { PropsWithChildren } from 'react'
import { useDidShow } from '@tarojs/taro'
import { Provider } from 'react-redux'
import { startMockBackend } from './shell/mock-backend'
import { announceReconciledPayments } from './shell/payment/use-reconcile'
import { store } from './shell/store/app-store'
import { ShellContext } from './shell/store/context'
import './app.scss'

// Before the first page renders, so its first request already reaches the mocks.
startMockBackend()

function App({ children }: PropsWithChildren) {
  // Launch and every return to the foreground: payments cut off while away get their answer.
  useDidShow(() => void announceReconciledPayments(store))
  // The shell's store on its private context: mini-app pages get their own store on the default one.
  return <Provider store={store} context={ShellContext}>{children}</Provider>
}

export default App
