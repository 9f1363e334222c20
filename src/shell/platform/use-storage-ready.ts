import { useEffect, useState } from 'react'
import { loadStorage, storageReady } from './platform'

/** True once stored values can be read synchronously: at once on WeChat and H5, after AsyncStorage is read on React Native. */
export const useStorageReady = (): boolean => {
  const [ready, setReady] = useState(storageReady)
  useEffect(() => {
    if (!ready) void loadStorage().then(() => setReady(true))
  }, [ready])
  return ready
}
