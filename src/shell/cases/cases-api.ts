import type { components } from '../../generated/api/shell'
import { api } from '../api/api'

export type Case = components['schemas']['Application']
export type CaseStatus = components['schemas']['ApplicationStatus']
export type CaseStep = components['schemas']['CaseStep']
export type NewRating = components['schemas']['NewRating']
export type RatingReason = components['schemas']['RatingReason']
export type MoreInfo = components['schemas']['MoreInfo']
type Upload = components['schemas']['Upload']
type NewUpload = components['schemas']['NewUpload']

export const CASE_STATUSES: readonly CaseStatus[] = ['submitted', 'accepted', 'in-review', 'more-info-needed', 'approved', 'rejected', 'completed']
export const RATING_REASONS: readonly RatingReason[] = ['slow', 'unclear-guidance', 'repeated-materials', 'poor-attitude', 'wrong-result', 'other']

export interface CaseFilter {
  status?: CaseStatus
  scenarioId?: string
}

/** 我的办件: the shell's own endpoints, with the resident's session; Home's list shares the tag, so both refresh together. */
export const casesApi = api.enhanceEndpoints({ addTagTypes: ['shell/Application'] }).injectEndpoints({
  endpoints: (build) => ({
    listCases: build.query<Case[], CaseFilter>({
      query: (filter) => ({ url: '/applications', params: { ...filter } }),
      providesTags: ['shell/Application'],
    }),
    getCase: build.query<Case, string>({
      query: (id) => `/applications/${encodeURIComponent(id)}`,
      providesTags: ['shell/Application'],
    }),
    answerMoreInfo: build.mutation<Case, { id: string } & MoreInfo>({
      query: ({ id, ...body }) => ({ url: `/applications/${encodeURIComponent(id)}/more-info`, method: 'POST', body }),
      invalidatesTags: ['shell/Application'],
    }),
    rateCase: build.mutation<Case, { id: string } & NewRating>({
      query: ({ id, ...body }) => ({ url: `/applications/${encodeURIComponent(id)}/rating`, method: 'POST', body }),
      invalidatesTags: ['shell/Application'],
    }),
    uploadCaseFile: build.mutation<Upload, { key: string; file: NewUpload }>({
      query: ({ key, file }) => ({ url: '/uploads', method: 'POST', body: file, headers: { 'Idempotency-Key': key } }),
    }),
  }),
  overrideExisting: false,
})

export const { useListCasesQuery, useGetCaseQuery, useAnswerMoreInfoMutation, useRateCaseMutation, useUploadCaseFileMutation } = casesApi

/** A mini-app filed a case: the resident's lists are stale. */
export const casesChanged = () => casesApi.util.invalidateTags(['shell/Application'])
