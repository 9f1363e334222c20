import { useCallback } from 'react'
import Taro from '@tarojs/taro'
import { PermissionDeniedError } from '../consent/errors'
import { useMiniAppScope } from '../mini-app/scope'
import { useAppDispatch } from '../store/hooks'
import { auditor } from './declared'

/**
 * Requests to hosts other than the API: only HTTPS hosts the manifest lists
 * in `allowedDomains`, and never with the resident's token.
 */
export const useExternalRequest = () => {
  const mini = useMiniAppScope()
  const dispatch = useAppDispatch()
  return useCallback(
    async (url: string, options: { method?: 'GET' | 'POST'; data?: Record<string, unknown> } = {}) => {
      const { protocol, hostname } = new URL(url)
      if (protocol !== 'https:' || !mini.allowedDomains.includes(hostname)) {
        auditor(dispatch, mini.id, `request:${hostname}`)('denied', 'domain-not-allowed')
        throw new PermissionDeniedError(mini.id, `request:${hostname}`)
      }
      const response = await Taro.request({ url, method: options.method ?? 'GET', data: options.data })
      return { status: response.statusCode, data: response.data as unknown }
    },
    [dispatch, mini],
  )
}
