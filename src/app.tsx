import type { PropsWithChildren } from 'react'
import { Provider } from 'react-redux'
import { startMockBackend } from './shell/mock-backend'
import { store } from './shell/store/app-store'
import './app.scss'

// Before the first page renders, so its first request already reaches the mocks.
startMockBackend()

function App({ children }: PropsWithChildren) {
  return <Provider store={store}>{children}</Provider>
}

export default App
