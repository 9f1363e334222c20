import Taro from '@tarojs/taro'
import { formEntryRoute } from '../../sdk/manifest/catalogue'
import type { CatalogueService } from '../catalogue'
import { builtMiniAppIds } from '../catalogue/catalogue'
import { shellRoutes } from '../navigation/shell-routes'

/**
 * Where a service opens, by its kind: a native mini-app at its entry (if this
 * build carries it), an available form in the renderer, a web page in the
 * shell's web view (which checks the host), and everything else — a guide, a
 * form still coming, a mini-app this build lacks — on the service page.
 */
export const serviceRoute = (service: CatalogueService): string => {
  const onServicePage = `${shellRoutes.service}?id=${encodeURIComponent(service.id)}`
  switch (service.kind) {
    case 'native':
      return builtMiniAppIds().has(service.id) ? service.entry : onServicePage
    case 'form':
      return service.status === 'available' ? formEntryRoute(service.scenarioId) : onServicePage
    case 'webview':
      return `${shellRoutes.webview}?id=${encodeURIComponent(service.id)}`
    case 'guide':
      return onServicePage
  }
}

/** Opens a service and reports it, so the caller can record it as recently used. */
export const openService = (service: CatalogueService, used: (id: string) => void): Promise<unknown> => {
  used(service.id)
  return Taro.navigateTo({ url: serviceRoute(service) })
}
