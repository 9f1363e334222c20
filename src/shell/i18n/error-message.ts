import { useCallback } from 'react'
import { isApiError } from '../api/errors'
import { isStorageFull } from '../capabilities/storage'
import { isConsentDenied, isPermissionDenied } from '../consent/errors'
import { PaymentNotStartedError } from '../payment/payment-errors'
import { describeApiError, useText } from './text'

/**
 * The one place every failure a mini-app can meet becomes words for
 * residents, in their language: API errors (the server's own message when it
 * has one), refusals, a full device, a payment that could not start.
 */
export const useErrorMessage = () => {
  const text = useText()
  return useCallback(
    (error: unknown): string => {
      if (isApiError(error)) return describeApiError(error, text)
      if (isPermissionDenied(error)) return text.errors.notDeclared
      if (isConsentDenied(error)) return text.errors.consentDenied
      if (isStorageFull(error)) return text.errors.storageFull
      if (error instanceof PaymentNotStartedError) return error.cause.kind === 'http' && error.cause.message ? error.cause.message : text.errors.paymentNotStarted
      return text.errors.server
    },
    [text],
  )
}
