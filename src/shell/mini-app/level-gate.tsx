import { useEffect, type ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { selectPrivacyAccepted, selectSignedIn } from '../identity/session-slice'
import { useText } from '../i18n/text'
import { detourUrl } from '../navigation/return-to'
import { useGetProfileQuery } from '../resident/resident-api'
import { useAppSelector } from '../store/hooks'
import { levelAtLeast, type IdentityLevel } from '../../sdk/manifest/vocabulary'
import { shellRoutes } from '../navigation/shell-routes'

type Verdict = 'open' | 'privacy' | 'sign-in' | 'step-up' | 'checking'

/** This page's address with its query, so a detour comes back to exactly it. */
const hereUrl = (route: string, params: Record<string, string | undefined>): string => {
  // Taro's own router params ($taroTimestamp, H5's stamp) are not part of the address.
  const query = Object.entries(params).filter(([key, value]) => value !== undefined && !key.startsWith('$') && key !== 'stamp')
  return query.length ? `${route}?${query.map(([k, v]) => `${k}=${v}`).join('&')}` : route
}

/**
 * Opens a page only at the identity level it declares: a signed-out resident
 * signs in, one below the level steps up, and both come back here after.
 */
export function LevelGate({ level, route, children }: { level: IdentityLevel; route: string; children: ReactNode }) {
  const text = useText()
  const { params } = useRouter()
  const privacyAccepted = useAppSelector(selectPrivacyAccepted)
  const signedIn = useAppSelector(selectSignedIn)
  const needsSession = level !== 'L0'
  const profile = useGetProfileQuery(undefined, { skip: !needsSession || !signedIn || !privacyAccepted })
  const verdict: Verdict = !needsSession
    ? 'open'
    : !privacyAccepted
      ? 'privacy'
      : !signedIn
        ? 'sign-in'
        : !profile.data
          ? 'checking'
          : levelAtLeast(profile.data.level, level)
            ? 'open'
            : 'step-up'
  useEffect(() => {
    const here = hereUrl(route, params)
    if (verdict === 'privacy') void Taro.switchTab({ url: '/pages/home/index' })
    if (verdict === 'sign-in') void Taro.redirectTo({ url: detourUrl(shellRoutes.login, here) })
    if (verdict === 'step-up') void Taro.redirectTo({ url: detourUrl(shellRoutes.verify, here, { level }) })
  }, [verdict]) // eslint-disable-line react-hooks/exhaustive-deps -- act once per verdict, not on every params object
  if (verdict === 'open') return <>{children}</>
  return (
    <View className='level-gate' aria-busy='true'>
      <Text>{text.query.loading}</Text>
    </View>
  )
}
