import Taro from '@tarojs/taro'
import { resetMiniAppStores } from '../../sdk/internal/bind-mini-app'
import { forgetMiniAppTokens } from '../mini-app/mini-app-tokens'
import { platform } from '../platform/platform'
import type { components } from '../../generated/api/shell'
import { api } from '../api/api'
import { batched } from '../api/batched'
import type { AppDispatch } from '../store/store'
import { signedIn, signedOut } from './session-slice'
import { tokenVault } from './token-vault'

type Session = components['schemas']['Session']
type SmsSent = components['schemas']['SmsSent']

/** Keeps the tokens in the vault (never in the store), then tells the shell. */
const startSession = async (queryFulfilled: Promise<{ data: Session }>, dispatch: AppDispatch) => {
  const { data } = await queryFulfilled.catch(() => ({ data: undefined }))
  if (!data) return
  tokenVault.set(data)
  forgetMiniAppTokens()
  resetMiniAppStores()
  // Pages on screen refetch as the cache empties; batched so the reset cannot abort their new queries (see batched.rn.ts).
  batched(() => {
    dispatch(api.util.resetApiState())
    dispatch(signedIn())
  })
}

const authApi = api.injectEndpoints({
  endpoints: (build) => ({
    sendSmsCode: build.mutation<SmsSent, string>({
      query: (phone) => ({ url: '/auth/sms/send', method: 'POST', body: { phone } }),
    }),
    signInWithSms: build.mutation<Session, { phone: string; code: string }>({
      query: (body) => ({ url: '/auth/sms/verify', method: 'POST', body }),
      onQueryStarted: (_args, { queryFulfilled, dispatch }) => startSession(queryFulfilled, dispatch as AppDispatch),
    }),
    signInWithWechat: build.mutation<Session, void>({
      queryFn: async (_args, _api, _extra, baseQuery) => {
        // wx.login's code is exchanged by the server (jscode2session); session_key stays there.
        const { code } = await Taro.login()
        const result = await baseQuery({ url: '/auth/wechat', method: 'POST', body: { code } })
        return result.error ? { error: result.error } : { data: result.data as Session }
      },
      onQueryStarted: (_args, { queryFulfilled, dispatch }) => startSession(queryFulfilled, dispatch as AppDispatch),
    }),
    logout: build.mutation<null, void>({
      query: () => ({ url: '/auth/logout', method: 'POST' }),
    }),
  }),
})

export const { useSendSmsCodeMutation, useSignInWithSmsMutation, useSignInWithWechatMutation } = authApi

/** Logout clears everything personal on the device: tokens, cached data, mini-apps' storage. */
export const signOut = () => async (dispatch: AppDispatch) => {
  // Best effort: the device forgets the session even when the server cannot be told.
  await dispatch(authApi.endpoints.logout.initiate()).unwrap().catch(() => undefined)
  tokenVault.clear()
  forgetMiniAppTokens()
  const keep = new Set(['shell.privacy-accepted', 'shell.settings'])
  platform.getStorageInfoSync().keys.filter((key) => !keep.has(key)).forEach((key) => platform.removeStorageSync(key))
  resetMiniAppStores()
  batched(() => {
    dispatch(api.util.resetApiState())
    dispatch(signedOut())
  })
}
