import Taro from '@tarojs/taro'

/**
 * WeChat: full brightness while the counter QR shows, so a scanner reads it
 * through glare. Feature-detected (an old base library lacks the calls) and
 * best effort: a refusal leaves the screen as it was. Resolves to the
 * function that restores the brightness the resident had.
 */
export const raiseBrightness = async (): Promise<(() => void) | undefined> => {
  if (typeof Taro.getScreenBrightness !== 'function' || typeof Taro.setScreenBrightness !== 'function') return undefined
  try {
    const { value } = await Taro.getScreenBrightness()
    await Taro.setScreenBrightness({ value: 1 })
    return () => void Taro.setScreenBrightness({ value }).catch(() => undefined)
  } catch {
    return undefined
  }
}
