import type { components } from '../../../generated/api/shell'
import { api } from '../../api/api'
import type { OneStopApplication } from '../engine'

type Upload = components['schemas']['Upload']
export type NewUpload = components['schemas']['NewUpload']
type Application = components['schemas']['Application']

/**
 * The renderer's endpoints, injected from the `forms` subpackage so the main
 * package does not carry them. A served definition comes back as `unknown`:
 * only `parseScenario` may turn it into a `Scenario`.
 */
export const formsApi = api.enhanceEndpoints({ addTagTypes: ['shell/Application'] }).injectEndpoints({
  endpoints: (build) => ({
    getScenarioDefinition: build.query<unknown, string>({ query: (id) => `/scenarios/${encodeURIComponent(id)}` }),
    uploadFile: build.mutation<Upload, { key: string; file: NewUpload }>({
      query: ({ key, file }) => ({ url: '/uploads', method: 'POST', body: file, headers: { 'Idempotency-Key': key } }),
    }),
    submitApplication: build.mutation<Application, OneStopApplication>({
      query: (body) => ({ url: '/applications', method: 'POST', body }),
      invalidatesTags: ['shell/Application'],
    }),
  }),
})

export const { useGetScenarioDefinitionQuery, useSubmitApplicationMutation } = formsApi
