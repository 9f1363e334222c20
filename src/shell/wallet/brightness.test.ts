import Taro from '@tarojs/taro'
import { raiseBrightness as raiseOnH5 } from './brightness'
import { raiseBrightness as raiseOnWeapp } from './brightness.weapp'

/** WeChat's brightness calls, as a base library that has them answers. */
const withBrightnessApi = (current: number) => {
  const set = jest.fn(async (_: { value: number }) => ({ errMsg: 'setScreenBrightness:ok' }))
  Object.assign(Taro, { getScreenBrightness: async () => ({ value: current, errMsg: 'getScreenBrightness:ok' }), setScreenBrightness: set })
  return set
}

afterEach(() => {
  delete (Taro as unknown as Record<string, unknown>).getScreenBrightness
  delete (Taro as unknown as Record<string, unknown>).setScreenBrightness
})

describe('the counter QR’s brightness', () => {
  it('on weapp raises it to full and puts back what the resident had', async () => {
    const set = withBrightnessApi(0.35)
    const restore = await raiseOnWeapp()
    expect(set).toHaveBeenLastCalledWith({ value: 1 })
    restore?.()
    expect(set).toHaveBeenLastCalledWith({ value: 0.35 })
  })

  it('on weapp does nothing where the base library lacks the calls, or refuses', async () => {
    expect(await raiseOnWeapp()).toBeUndefined()
    Object.assign(Taro, { getScreenBrightness: async () => Promise.reject({ errMsg: 'getScreenBrightness:fail' }), setScreenBrightness: jest.fn() })
    expect(await raiseOnWeapp()).toBeUndefined()
  })

  it('on H5 and RN leaves it alone', async () => {
    const set = withBrightnessApi(0.5)
    expect(await raiseOnH5()).toBeUndefined()
    expect(set).not.toHaveBeenCalled()
  })
})
