import { useCallback } from 'react'
import { useMiniAppScope, type MiniAppScope } from '../mini-app/scope'
import { useAppDispatch } from '../store/hooks'
import type { AppDispatch } from '../store/store'
import { CERTIFICATE_SCOPE, type Certificate } from '../../sdk/scenario/vocabulary'
import { readWithConsent } from './consented-read'

/** A certificate of the resident's wallet (电子证照), as `useCertificate` reads it. */
export interface CertificateRecord {
  /** Which certificate: `id-card`, `social-security-card`, `medical-insurance-card`, `driving-licence` or `residence-permit`. */
  type: Certificate
  /** Its number, in full: mask it on screen (`maskIdNumber`) and never log it. */
  number: string
  /** The holder's name as the certificate gives it. */
  holderName: string
  /** Its last valid day, `yyyy-mm-dd`. */
  validUntil: string
  /** The authority that issued it. */
  issuer: string
}

/** One certificate for a mini-app, through the consent flow under the `certificates` scope (see `useCertificate`). */
export const readCertificate = (dispatch: AppDispatch, mini: MiniAppScope, type: Certificate): Promise<CertificateRecord> =>
  readWithConsent<CertificateRecord>(dispatch, mini, CERTIFICATE_SCOPE, `/identity/certificates/${encodeURIComponent(type)}`)

/**
 * Reads one of the resident's certificates for the current mini-app, through
 * the same consent flow as personal data: the manifest must declare the
 * `certificates` scope, and the first read asks the resident (with the
 * manifest's reason). Every read and refusal is in the resident's privacy
 * log. Rejects with `PermissionDeniedError` (not declared),
 * `ConsentDeniedError` (the resident said no) or an `ApiError` (404: the
 * resident holds no such certificate).
 */
export const useCertificate = () => {
  const mini = useMiniAppScope()
  const dispatch = useAppDispatch()
  return useCallback((type: Certificate) => readCertificate(dispatch, mini, type), [dispatch, mini])
}
