import { api } from '../api/api'
import { residentKeyOf } from '../forms/renderer/observed-session'
import { useLocale, useText } from '../i18n/text'
import { selectPrivacyAccepted, selectSignedIn } from '../identity/session-slice'
import { selectCity } from '../home/picks-slice'
import { useGetProfileQuery } from '../resident/resident-api'
import { useAppSelector } from '../store/hooks'
import { loadRemoteConfig, type LoadedConfig } from './config-cache'
import { DEFAULT_REMOTE_CONFIG, type RemoteConfig } from './config-schema'
import { miniAppAvailability, type Audience, type MiniAppAvailability } from './evaluate'

/**
 * The remote config as a query whose fetch goes through the TTL cache:
 * refetching (launch, resume) asks the server only once the TTL has run out.
 */
export const remoteConfigApi = api.injectEndpoints({
  endpoints: (build) => ({
    getRemoteConfig: build.query<LoadedConfig, void>({
      queryFn: async (_arg, _api, _extra, baseQuery) => ({ data: await loadRemoteConfig({ fetchConfig: () => Promise.resolve(baseQuery('/config')) }) }),
    }),
  }),
})

/** The config that applies now (the built-in default until the first load settles). */
export const useRemoteConfig = (): { config: RemoteConfig; loading: boolean } => {
  const { data, isLoading } = remoteConfigApi.useGetRemoteConfigQuery()
  return { config: data?.config ?? DEFAULT_REMOTE_CONFIG, loading: isLoading }
}

/** Who the gray releases are evaluated for; `checking` while a signed-in resident's profile loads. */
export const useAudience = (): { audience: Audience; checking: boolean } => {
  const privacyAccepted = useAppSelector(selectPrivacyAccepted)
  const signedIn = useAppSelector(selectSignedIn) && privacyAccepted
  const city = useAppSelector(selectCity)
  const profile = useGetProfileQuery(undefined, { skip: !signedIn })
  const userKey = profile.data ? residentKeyOf(profile.data) : undefined
  return { audience: { city, ...(userKey ? { userKey } : {}) }, checking: signedIn && profile.isLoading }
}

/** One mini-app's availability for this resident, or `checking` while the config or the profile loads. */
export const useMiniAppAvailability = (miniAppId: string): MiniAppAvailability | { status: 'checking' } => {
  const { config, loading } = useRemoteConfig()
  const { audience, checking } = useAudience()
  if (loading) return { status: 'checking' }
  const availability = miniAppAvailability(config, miniAppId, audience)
  // Only a gray release needs to know who asks; a disabled or open app is known at once.
  return availability.status === 'not-offered' && checking ? { status: 'checking' } : availability
}

/**
 * How a list shows one mini-app: hidden when the resident is outside its
 * gray release, with the department's message when disabled (opening it
 * then shows the refusal), plainly otherwise.
 */
export const useListing = (miniAppId: string): { hidden: boolean; pausedNote?: string } => {
  const availability = useMiniAppAvailability(miniAppId)
  const text = useText()
  const locale = useLocale()
  if (availability.status === 'not-offered') return { hidden: true }
  if (availability.status === 'disabled') return { hidden: false, pausedNote: availability.message?.[locale] ?? text.remoteConfig.disabled }
  return { hidden: false }
}
