import { useCallback } from 'react'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { consentEndpoints } from '../consent/consent-api'
import { awaitAnswer, consentAsked } from '../consent/consent-slice'
import { ConsentDeniedError } from '../consent/errors'
import { useMiniAppScope, type MiniAppScope } from '../mini-app/scope'
import { useAppDispatch } from '../store/hooks'
import type { AppDispatch } from '../store/store'
import type { Scope } from '../../sdk/manifest/vocabulary'
import { requireDeclared } from './declared'

/** For device capabilities the server never sees (location, camera): declared, then the resident's grant, kept by the server. */
const ensureGranted = async (dispatch: AppDispatch, mini: MiniAppScope, scope: Scope): Promise<void> => {
  const declared = requireDeclared(mini, scope)
  const grants = await dispatch(consentEndpoints.listConsents.initiate(undefined, { subscribe: false, forceRefetch: true })).unwrap()
  if (grants.some((g) => g.miniAppId === mini.id && g.scope === scope)) return
  const { id, answer } = awaitAnswer()
  dispatch(consentAsked({ id, miniAppId: mini.id, miniAppName: mini.name, scope, reason: declared.reason }))
  if (!(await answer)) throw new ConsentDeniedError(mini.id, scope)
  await dispatch(consentEndpoints.grantConsent.initiate({ miniAppId: mini.id, scope })).unwrap()
}

const useGuarded = <A extends unknown[], R>(scope: Scope, run: (...args: A) => Promise<R>) => {
  const mini = useMiniAppScope()
  const dispatch = useAppDispatch()
  return useCallback(
    async (...args: A): Promise<R> => {
      await ensureGranted(dispatch, mini, scope)
      return run(...args)
    },
    [dispatch, mini], // eslint-disable-line react-hooks/exhaustive-deps -- `run` is a module-level function per capability
  )
}

/** Scans a QR code or barcode with the camera (scope `camera`); resolves with its text. */
export const useScanCode = () => useGuarded('camera', async () => (await Taro.scanCode({ onlyFromCamera: true })).result)

/** The device's location in GCJ-02 (scope `location`). */
export const useLocation = () =>
  useGuarded('location', async () => {
    const { latitude, longitude, accuracy } = await Taro.getLocation({ type: 'gcj02' })
    return { latitude, longitude, accuracy }
  })

/** Photos from the camera or album (scope `camera`); resolves with local file paths. */
export const useChooseImage = () =>
  useGuarded('camera', async (count: number = 1) => (await Taro.chooseImage({ count, sizeType: ['compressed'] })).tempFilePaths)

/** Copies text to the clipboard; it needs no scope (reading the clipboard is not offered). */
export const useClipboard = () => useCallback((text: string) => Taro.setClipboardData({ data: text }).then(() => undefined), [])

/** The current page's query, as the link that opened it gave it, without Taro's own stamps. */
export const usePageParams = (): Record<string, string> => {
  const { params } = useRouter()
  return Object.fromEntries(Object.entries(params).filter(([key, value]) => value !== undefined && !key.startsWith('$') && key !== 'stamp')) as Record<string, string>
}

/** Runs when the page comes to the foreground (first show and every return to it). */
export const usePageShow = (run: () => void): void => useDidShow(run)
