import { selectActingFor, selectPrivacyAccepted, selectSignedIn } from '../identity/session-slice'
import { useGetProfileQuery } from '../resident/resident-api'
import { selectElderMode } from '../store/settings-slice'
import { useAppSelector } from '../store/hooks'
import type { IdentityLevel } from '../../sdk/manifest/vocabulary'

/** The resident's identity level now: L0 when signed out (L1 phone … L4 certificate). */
export const useIdentityLevel = (): IdentityLevel => {
  const session = useAppSelector(selectSignedIn)
  const privacyAccepted = useAppSelector(selectPrivacyAccepted)
  const signedIn = session && privacyAccepted
  const profile = useGetProfileQuery(undefined, { skip: !signedIn })
  return signedIn ? (profile.data?.level ?? 'L1') : 'L0'
}

/** Whom the resident acts for, by masked name only, or null when acting for themselves. */
export const useActingFor = (): { displayName: string } | null => {
  const acting = useAppSelector(selectActingFor)
  return acting ? { displayName: acting.displayName } : null
}

/** Whether elder mode (长辈版) is on: larger text and targets, no pop-ups or timeouts. */
export const useElderMode = (): boolean => useAppSelector(selectElderMode)
