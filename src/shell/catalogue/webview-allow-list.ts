/**
 * Web pages the shell opens in its web view: HTTPS on Liaoning's government
 * domain only (ln.gov.cn and its subdomains, e.g. www.ln.gov.cn,
 * zwfw.ln.gov.cn). WeChat's web-view also needs each host configured as a
 * business domain; this check keeps H5 and RN to the same rule.
 */
export const WEBVIEW_ALLOWED_DOMAIN = 'ln.gov.cn'

export type WebviewRefusal = 'not-https' | 'malformed' | 'host-not-allowed'

/** The host of an https URL, lower-cased; undefined when it has user info, a port or no host (no `URL` on weapp). */
const httpsHost = (url: string): string | undefined => {
  const match = /^https:\/\/([^/?#]*)/i.exec(url.trim())
  const authority = match?.[1]
  if (!authority || authority.includes('@') || authority.includes(':')) return undefined
  return authority.toLowerCase().replace(/\.$/, '')
}

/** Why a catalogue page may not open in the web view, or undefined when it may. */
export const webviewRefusal = (url: string): WebviewRefusal | undefined => {
  if (!/^https:\/\//i.test(url.trim())) return 'not-https'
  const host = httpsHost(url)
  if (!host) return 'malformed'
  return host === WEBVIEW_ALLOWED_DOMAIN || host.endsWith(`.${WEBVIEW_ALLOWED_DOMAIN}`) ? undefined : 'host-not-allowed'
}

export const isAllowedWebviewUrl = (url: string): boolean => webviewRefusal(url) === undefined
