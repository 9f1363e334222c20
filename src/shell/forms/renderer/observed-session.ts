import type { DraftSession } from '../drafts'

/**
 * The draft session, telling React after every save. The upload coordinator
 * saves through it too, so an upload's progress re-renders the page.
 */
export const observeSession = (session: DraftSession, onChange: () => void): DraftSession => ({
  get draft() {
    return session.draft
  },
  get state() {
    return session.state
  },
  update(change) {
    const draft = session.update(change)
    onChange()
    return draft
  },
  discard() {
    session.discard()
    onChange()
  },
})

/** An opaque, stable key for the signed-in resident: draft keys are not secret, so no name or number goes in them. */
export const residentKeyOf = (profile: { displayName: string; phoneMasked: string }): string => {
  // FNV-1a: enough to tell residents of one device apart without storing who they are.
  let hash = 0x811c9dc5
  for (const char of `${profile.displayName}|${profile.phoneMasked}`) {
    hash ^= char.codePointAt(0) ?? 0
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return `r${hash.toString(36)}`
}
