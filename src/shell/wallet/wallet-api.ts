import type { components } from '../../generated/api/shell'
import { api } from '../api/api'

export type WalletCertificate = components['schemas']['WalletCertificate']
export type CertificateType = components['schemas']['CertificateType']
export type RevealedCertificate = components['schemas']['RevealedCertificate']
export type CertificateQr = components['schemas']['CertificateQr']

/** 电子证照: the masked list is cached; the unmasked number and the QR tokens never are. */
const walletApi = api.enhanceEndpoints({ addTagTypes: ['shell/Wallet'] }).injectEndpoints({
  endpoints: (build) => ({
    listCertificates: build.query<WalletCertificate[], void>({
      query: () => ({ url: '/wallet/certificates' }),
      providesTags: ['shell/Wallet'],
    }),
    /** Needs a fresh code from `/identity/reveal/code` (the same re-authentication as My's reveal). */
    revealCertificate: build.mutation<RevealedCertificate, { type: CertificateType; code: string }>({
      query: ({ type, code }) => ({ url: `/wallet/certificates/${encodeURIComponent(type)}/reveal`, method: 'POST', body: { code } }),
    }),
    /** A new token each time; the server honours only the newest, for 60 s. */
    issueCertificateQr: build.mutation<CertificateQr, CertificateType>({
      query: (type) => ({ url: `/wallet/certificates/${encodeURIComponent(type)}/qr`, method: 'POST' }),
    }),
  }),
})

export const { useListCertificatesQuery, useRevealCertificateMutation, useIssueCertificateQrMutation } = walletApi
