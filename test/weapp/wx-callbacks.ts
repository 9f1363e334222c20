/**
 * WeChat's asynchronous API convention: `wx.x({ …, success, fail, complete })`,
 * where success and fail receive an object with `errMsg` ("x:ok" or
 * "x:fail <reason>"). Taro promisifies every API through these callbacks.
 */
export interface CallbackOptions {
  success?: (result: object) => void
  fail?: (error: { errMsg: string }) => void
  complete?: (result: object) => void
  [key: string]: unknown
}

/** An API failure that carries WeChat's errMsg, e.g. "navigateTo:fail page not found". */
export class WxFail extends Error {
  constructor(readonly errMsg: string) {
    super(errMsg)
  }
}

/** Settles an API call the WeChat way, asynchronously, as the real bridge does. */
export const settle = async (name: string, options: CallbackOptions, run: () => object | Promise<object>): Promise<void> => {
  await Promise.resolve()
  try {
    const result = { errMsg: `${name}:ok`, ...(await run()) }
    options.success?.(result)
    options.complete?.(result)
  } catch (e: unknown) {
    const errMsg = e instanceof WxFail ? e.errMsg : `${name}:fail ${e instanceof Error ? e.message : String(e)}`
    options.fail?.({ errMsg })
    options.complete?.({ errMsg })
  }
}

/** Makes `wx.<name>` from an implementation that returns the result fields or throws a `WxFail`. */
export const asyncApi =
  (name: string, run: (options: CallbackOptions) => object | Promise<object>) =>
  (options: CallbackOptions = {}): void => {
    void settle(name, options, () => run(options))
  }
