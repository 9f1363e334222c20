import type { ApiError } from '../api/errors'
import { requestsMayStart } from '../api/request-gate'
import { sendToApi, type RequestArgs } from '../api/send'
import { dropMiniAppToken, miniAppToken } from './mini-app-tokens'
import type { MiniAppScope } from './scope'

export type MiniAppAnswer<T> = { data: T } | { error: ApiError }

/**
 * A request the shell makes on a mini-app's behalf to one of the shell
 * endpoints a mini-app may call (personal data, prepay, audit reports), with
 * that mini-app's token, so the server judges it as that mini-app.
 */
export const requestAsMiniApp = async <T>(mini: Pick<MiniAppScope, 'id' | 'permissions'>, args: RequestArgs): Promise<MiniAppAnswer<T>> => {
  await requestsMayStart()
  const family = mini.permissions.some((p) => p.scope === 'family')
  const attempt = async () => {
    const token = await miniAppToken(mini.id, { family })
    return 'error' in token ? { ok: false as const, status: 0, error: token.error } : sendToApi(process.env.TARO_APP_API_BASE ?? '/api', args, token.token)
  }
  let answer = await attempt()
  if (answer.status === 401) {
    dropMiniAppToken(mini.id)
    answer = await attempt()
  }
  return answer.ok ? { data: answer.data as T } : { error: answer.error }
}
