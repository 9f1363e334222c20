import { useMemo } from 'react'
import Taro from '@tarojs/taro'
import { useMiniAppScope } from '../mini-app/scope'

/** Navigation inside the mini-app's own pages; the stack is at most 10 deep on WeChat. */
export const useMiniAppNavigation = () => {
  const { id } = useMiniAppScope()
  return useMemo(
    () => ({
      open: (page: string, params: Record<string, string> = {}) => {
        const query = new URLSearchParams(params).toString()
        return Taro.navigateTo({ url: `/mini-apps/${id}/${page.replace(/^\//, '')}${query ? `?${query}` : ''}` })
      },
      back: () => Taro.navigateBack(),
      home: () => Taro.switchTab({ url: '/pages/home/index' }),
    }),
    [id],
  )
}
