import { api } from '../api/api'
import type { ServiceGuide } from '../catalogue'

const guideApi = api.injectEndpoints({
  endpoints: (build) => ({
    getGuide: build.query<ServiceGuide, string>({ query: (id) => `/catalogue/guides/${encodeURIComponent(id)}` }),
  }),
})

/** A service's offline guide (办事指南). */
export const { useGetGuideQuery } = guideApi
