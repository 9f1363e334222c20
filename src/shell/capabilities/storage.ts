import { useMemo } from 'react'
import Taro from '@tarojs/taro'
import { useMiniAppScope } from '../mini-app/scope'

/** Storage under the mini-app's own prefix, so mini-apps cannot read each other's keys through the SDK. */
export const useMiniAppStorage = () => {
  const { id } = useMiniAppScope()
  return useMemo(() => {
    const key = (name: string) => `mini-app:${id}:${name}`
    return {
      get: <T>(name: string): T | undefined => {
        const value = Taro.getStorageSync(key(name)) as T | ''
        return value === '' ? undefined : value
      },
      set: (name: string, value: unknown): void => Taro.setStorageSync(key(name), value),
      remove: (name: string): void => Taro.removeStorageSync(key(name)),
    }
  }, [id])
}
