import Taro from '@tarojs/taro'
import { platform } from '../platform/platform'

/**
 * On WeChat a restarted app signs in again without the resident: `wx.login`
 * gives a fresh code, which the server exchanges (jscode2session) for a new
 * session of the same WeChat user. No secret ever waits in storage for it.
 */
export const silentSignIn = async (baseUrl: string) => {
  try {
    const { code } = await Taro.login()
    const response = await platform.request({ url: `${baseUrl}/auth/wechat`, method: 'POST', data: { code }, header: { 'content-type': 'application/json' } })
    const data = response.data as { accessToken?: string; refreshToken?: string; expiresInSec?: number }
    return response.statusCode === 200 && data.accessToken && data.refreshToken && data.expiresInSec
      ? { accessToken: data.accessToken, refreshToken: data.refreshToken, expiresInSec: data.expiresInSec }
      : undefined
  } catch {
    return undefined
  }
}
