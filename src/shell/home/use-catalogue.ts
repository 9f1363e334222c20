import { useCallback, useEffect, useState } from 'react'
import { taroBaseQuery } from '../api/base-query'
import { isApiError, type ApiError } from '../api/errors'
import { CatalogueUnavailableError, decodeCatalogue, loadCatalogue, taroCatalogueStorage, type Catalogue, type FetchIndex } from '../catalogue'

const baseQuery = taroBaseQuery(process.env.TARO_APP_API_BASE ?? '/api')
const fetchIndex: FetchIndex = (version) =>
  baseQuery({ url: '/catalogue/index', params: version ? { version } : undefined }, undefined as never, {}) as Promise<{ data: unknown } | { error: unknown }>

// Decoded once per version and kept outside Redux: it holds functions and 3,050 rows.
const decoded = new Map<string, Catalogue>()
let inFlight: Promise<{ catalogue: Catalogue; offline: boolean }> | undefined

/** Loads the catalogue (cache first, one small request when unchanged), shared by pages loading at once. */
export const fetchCatalogue = (): Promise<{ catalogue: Catalogue; offline: boolean }> => {
  inFlight ??= loadCatalogue({ fetchIndex, storage: taroCatalogueStorage })
    .then(({ index, offline }) => {
      const catalogue = decoded.get(index.version) ?? decodeCatalogue(index)
      decoded.set(index.version, catalogue)
      return { catalogue, offline }
    })
    .finally(() => {
      inFlight = undefined
    })
  return inFlight
}

export type CatalogueView =
  | { status: 'loading' }
  | { status: 'ready'; catalogue: Catalogue; offline: boolean }
  | { status: 'error'; retry: () => void; reason?: ApiError }

/** The catalogue for a page: loading, ready (flagged offline when it came from the cache with no answer), or an error with a retry. */
export const useCatalogueView = (): CatalogueView => {
  const [view, setView] = useState<CatalogueView>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const retry = useCallback(() => setAttempt((n) => n + 1), [])
  useEffect(() => {
    let live = true
    setView({ status: 'loading' })
    fetchCatalogue().then(
      ({ catalogue, offline }) => live && setView({ status: 'ready', catalogue, offline }),
      (e: unknown) => {
        if (!(e instanceof CatalogueUnavailableError)) console.error(e)
        const reason = e instanceof CatalogueUnavailableError && isApiError(e.reason) ? e.reason : undefined
        if (live) setView({ status: 'error', retry, reason })
      },
    )
    return () => {
      live = false
    }
  }, [attempt, retry])
  return view
}
