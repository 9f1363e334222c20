import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'

/**
 * The payment provider's side of the sandbox. Only a notification signed with
 * the provider's key marks an order paid (WeChat Pay's payment notification
 * is the model); the client never confirms a payment itself.
 */
const PROVIDER_KEY = utf8ToBytes('mock-payment-provider-key-v1')

export interface ProviderNotification {
  orderId: string
  amountFen: number
  status: 'SUCCESS' | 'FAIL'
  providerTxnId: string
  signature: string
}

const payload = ({ orderId, amountFen, status, providerTxnId }: Omit<ProviderNotification, 'signature'>) =>
  `${orderId}|${amountFen}|${status}|${providerTxnId}`

export const signNotification = (fields: Omit<ProviderNotification, 'signature'>): ProviderNotification => ({
  ...fields,
  signature: bytesToHex(hmac(sha256, PROVIDER_KEY, utf8ToBytes(payload(fields)))),
})

export const notificationVerified = (n: Partial<ProviderNotification>): n is ProviderNotification =>
  typeof n.orderId === 'string' && Number.isInteger(n.amountFen) && (n.status === 'SUCCESS' || n.status === 'FAIL') &&
  typeof n.providerTxnId === 'string' && typeof n.signature === 'string' &&
  signNotification(n as ProviderNotification).signature === n.signature
