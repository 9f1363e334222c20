import { useEffect, useState } from 'react'
import { deviceStorage } from './device-storage'

/** True once stored values can be read synchronously: at once on WeChat and H5, after AsyncStorage is read on React Native. */
export const useDeviceStorageReady = (): boolean => {
  const [ready, setReady] = useState(deviceStorage.ready)
  useEffect(() => {
    if (!ready) void deviceStorage.load().then(() => setReady(true))
  }, [ready])
  return ready
}
