import { useCallback } from 'react'
import { PermissionDeniedError } from '../consent/errors'
import { useMiniAppScope } from '../mini-app/scope'
import { platform } from '../platform/platform'
import { reportRefusal } from './declared'

/** The scheme and host of an absolute URL, without relying on `URL` (WeChat's logic layer has none of its own). */
const originOf = (url: string): { protocol: string; hostname: string } | undefined => {
  const match = /^([a-z][a-z0-9+.-]*:)\/\/([^/?#:@]+)(?::\d+)?(?:[/?#]|$)/i.exec(url)
  return match ? { protocol: match[1].toLowerCase(), hostname: match[2].toLowerCase() } : undefined
}

/**
 * Requests to hosts other than the API: only HTTPS hosts the manifest lists
 * in `allowedDomains`, with no header that could carry the resident's identity
 * (the shell never adds its tokens here).
 */
export const useExternalRequest = () => {
  const mini = useMiniAppScope()
  return useCallback(
    async (url: string, options: { method?: 'GET' | 'POST'; data?: Record<string, unknown> } = {}) => {
      const origin = originOf(url)
      if (!origin || origin.protocol !== 'https:' || !mini.allowedDomains.includes(origin.hostname)) {
        const host = origin?.hostname ?? url
        reportRefusal(mini, `request:${host}`, 'domain-not-allowed')
        throw new PermissionDeniedError(mini.id, `request:${host}`)
      }
      const response = await platform.request({ url, method: options.method ?? 'GET', data: options.data, header: { 'content-type': 'application/json' } })
      return { status: response.statusCode, data: response.data as unknown }
    },
    [mini],
  )
}
