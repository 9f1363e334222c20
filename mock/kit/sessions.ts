/**
 * What the server remembers of sessions: which refresh generation is current
 * and which sessions were revoked. A session it has never seen (the H5 mock
 * lost its memory on a reload) is trusted on its signature alone.
 */
interface SessionRecord {
  gen: number
  revoked: boolean
}

const sessions = new Map<string, SessionRecord>()

export const sessionRevoked = (sid: string): boolean => sessions.get(sid)?.revoked === true

export const revokeSession = (sid: string): void => {
  sessions.set(sid, { gen: sessions.get(sid)?.gen ?? 0, revoked: true })
}

/**
 * Rotates a refresh token: the presented generation must be the current one.
 * An older one is a replay of a leaked token, so the whole session is revoked
 * (RFC 6819 §5.2.2.3, refresh token rotation).
 */
export const rotateRefresh = (sid: string, gen: number): number | 'revoked' | 'reused' => {
  const known = sessions.get(sid)
  if (known?.revoked) return 'revoked'
  if (known && known.gen !== gen) {
    revokeSession(sid)
    return 'reused'
  }
  sessions.set(sid, { gen: gen + 1, revoked: false })
  return gen + 1
}

export const startSession = (sid: string): void => void sessions.set(sid, { gen: 1, revoked: false })

/** Between tests. */
export const resetSessions = (): void => sessions.clear()
