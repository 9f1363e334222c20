import { hmac } from '@noble/hashes/hmac.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js'

/**
 * The counter QR's token: the certificate type, a sequence number and an
 * expiry, signed with the wallet's key (a real gateway keeps it in a KMS).
 * It names no person and no number: the counter learns the certificate only
 * by asking the server, which checks the signature, the expiry and that no
 * newer token was issued for the same certificate since.
 */
const QR_KEY = utf8ToBytes('mock-wallet-qr-key-v1')

/** How long a token is good for; the wallet shows a new one as often. */
export const QR_TTL_MS = 60_000

export interface QrClaims {
  /** The certificate type. */
  t: string
  /** Issue sequence: only the newest per certificate is honoured. */
  n: number
  exp: number
}

const sign = (payload: string) => bytesToHex(hmac(sha256, QR_KEY, utf8ToBytes(payload)))

export const signQr = (claims: QrClaims): string => {
  const payload = bytesToHex(utf8ToBytes(JSON.stringify(claims)))
  return `qr.${payload}.${sign(payload)}`
}

/** The claims of a well-signed token, expired or not (the caller decides), or undefined for anything forged or malformed. */
export const readQr = (token: string): QrClaims | undefined => {
  const [prefix, payload, sig] = token.split('.')
  if (prefix !== 'qr' || !payload || !sig || !/^[0-9a-f]+$/.test(payload) || payload.length % 2 !== 0 || sign(payload) !== sig) return undefined
  try {
    const claims = JSON.parse(new TextDecoder().decode(hexToBytes(payload))) as QrClaims
    return typeof claims.t === 'string' && typeof claims.n === 'number' && typeof claims.exp === 'number' ? claims : undefined
  } catch {
    return undefined
  }
}
