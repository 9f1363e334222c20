/**
 * The catalogue's data layer for pages: load the index (cache first),
 * decode it, and decide whether a web page may open. Search lives in
 * `../search`, regions in `../regions`.
 */
export { CATALOGUE_CACHE_KEY, CatalogueUnavailableError, loadCatalogue, STORAGE_KEY_LIMIT_BYTES, storedBytes } from './catalogue-cache'
export type { CatalogueStorage, FetchIndex, LoadedCatalogue } from './catalogue-cache'
export { decodeCatalogue } from './catalogue-model'
export type { Catalogue, CatalogueCategory, CatalogueDepartment, CatalogueService, CatalogueTitle } from './catalogue-model'
export { taroCatalogueStorage } from './catalogue-storage'
export { isUnchangedAnswer, SERVICE_KINDS } from './index-types'
export type { CatalogueIndex, CatalogueIndexAnswer, CatalogueUnchanged, GuideMaterial, ServiceGuide, ServiceHall, ServiceKind } from './index-types'
export { isAllowedWebviewUrl, WEBVIEW_ALLOWED_DOMAIN, webviewRefusal } from './webview-allow-list'
export type { WebviewRefusal } from './webview-allow-list'
