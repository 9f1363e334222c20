import type { components } from '../../generated/api/shell'
import { api } from '../api/api'

type Profile = components['schemas']['Profile']

/** Real-name verification: L2 by the registry, L3 by a face check the server confirms. */
const identityApi = api.enhanceEndpoints({ addTagTypes: ['shell/Profile'] }).injectEndpoints({
  endpoints: (build) => ({
    verifyIdNumber: build.mutation<Profile, { name: string; idNumber: string }>({
      query: (body) => ({ url: '/identity/verify-id', method: 'POST', body }),
      invalidatesTags: ['shell/Profile'],
    }),
    startFaceCheck: build.mutation<{ verifyId: string }, void>({
      query: () => ({ url: '/identity/face/start', method: 'POST' }),
    }),
    /** Only the server's answer counts, never the client's. */
    faceCheckResult: build.mutation<Profile, string>({
      query: (verifyId) => ({ url: '/identity/face/result', method: 'POST', body: { verifyId } }),
      invalidatesTags: ['shell/Profile'],
    }),
    /** H5 and RN only: the mock camera reports what the (sandbox) face service saw. */
    reportSandboxFace: build.mutation<null, { verifyId: string; passed: boolean }>({
      query: ({ verifyId, passed }) => ({ url: `/sandbox/face/${encodeURIComponent(verifyId)}`, method: 'POST', body: { passed } }),
    }),
    sendRevealCode: build.mutation<{ resendAfterSec: number }, void>({
      query: () => ({ url: '/identity/reveal/code', method: 'POST' }),
    }),
    /** Unmasked data is never cached: it lives only in the component that asked for it. */
    revealIdentity: build.mutation<{ name?: string; idNumber?: string; phone: string }, string>({
      query: (code) => ({ url: '/identity/reveal', method: 'POST', body: { code } }),
    }),
  }),
})

export const { useSendRevealCodeMutation, useRevealIdentityMutation } = identityApi
export const { useVerifyIdNumberMutation, useStartFaceCheckMutation, useFaceCheckResultMutation, useReportSandboxFaceMutation } = identityApi
