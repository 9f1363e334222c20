import type { components } from '../../generated/api/shell'
import { api } from '../api/api'

export type AuditEntry = components['schemas']['AuditEntry']

/** The privacy log is the server's: the shell shows it and can neither write nor wipe it. */
const auditApi = api.enhanceEndpoints({ addTagTypes: ['shell/Audit'] }).injectEndpoints({
  endpoints: (build) => ({
    listAuditEntries: build.query<AuditEntry[], void>({ query: () => '/audit', providesTags: ['shell/Audit'], keepUnusedDataFor: 0 }),
  }),
})

export const { useListAuditEntriesQuery } = auditApi
