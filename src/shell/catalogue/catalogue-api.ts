import { createSelector } from '@reduxjs/toolkit'
import { api } from '../api/api'
import type { CatalogueEntry } from '../../sdk/manifest/catalogue'
import { availableMiniApps, currentTarget } from './catalogue'

/**
 * The catalogue comes from the server, generated there from the same
 * manifests, so the main package does not grow with every scenario added.
 */
const catalogueApi = api.enhanceEndpoints({ addTagTypes: ['shell/Catalogue'] }).injectEndpoints({
  endpoints: (build) => ({
    getCatalogue: build.query<CatalogueEntry[], void>({
      query: () => ({ url: '/catalogue', params: { target: currentTarget() } }),
      providesTags: ['shell/Catalogue'],
    }),
  }),
})

const selectAvailable = createSelector([(entries: CatalogueEntry[] | undefined) => entries], (entries) =>
  entries ? availableMiniApps(entries) : undefined,
)

/** The mini-apps a resident can open here, as a query result for `QueryView`. */
export const useAvailableMiniApps = () =>
  catalogueApi.useGetCatalogueQuery(undefined, {
    selectFromResult: (result) => ({ ...result, data: selectAvailable(result.data) }),
  })

/** Every scenario the server lists, built into this bundle or not (for names in records). */
export const useCatalogue = () => catalogueApi.useGetCatalogueQuery()
