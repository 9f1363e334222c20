import Taro from '@tarojs/taro'

/**
 * On weapp, asks the resident to let the backend send WeChat subscription
 * messages (订阅消息) for these templates. WeChat only shows the prompt from a
 * tap, so call it first thing in a submit handler, never at launch. It never
 * waits and never throws: a refusal or a failure must not hold up the
 * submission. Elsewhere the message centre is the only channel, so it does nothing.
 */
export const askToSubscribe = (templateIds: readonly string[]): void => {
  if (process.env.TARO_ENV !== 'weapp' || templateIds.length === 0) return
  try {
    void Promise.resolve(Taro.requestSubscribeMessage({ tmplIds: [...templateIds], entityIds: [] })).catch(() => undefined)
  } catch {
    // An old WeChat without the API: the resident still finds updates in 消息中心.
  }
}
