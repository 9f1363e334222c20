/**
 * H5 and RN: a web page cannot set the screen's brightness, so the counter QR
 * leaves it alone. weapp uses brightness.weapp.ts (Taro picks files by target
 * suffix). Resolves to the function that puts the brightness back, if raised.
 */
export const raiseBrightness = async (): Promise<(() => void) | undefined> => undefined
