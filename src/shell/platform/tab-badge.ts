import Taro from '@tarojs/taro'

/** The My tab's place in app.config.ts's tab bar (home, services, my). */
export const MY_TAB_INDEX = 2

/** What a badge shows: WeChat cuts a badge after a few characters, so a large count reads 99+. */
export const badgeText = (count: number): string => (count > 99 ? '99+' : String(count))

/**
 * Shows a count on a tab, or clears it at 0. A badge is decoration: a call
 * from a page outside the tab bar fails on weapp, and a platform may lack
 * the API altogether (RN builds without a tab bar), so a failure is ignored.
 */
export const showTabBadge = (index: number, count: number): void => {
  try {
    const call = count > 0 ? Taro.setTabBarBadge({ index, text: badgeText(count) }) : Taro.removeTabBarBadge({ index })
    void Promise.resolve(call).catch(() => undefined)
  } catch {
    // No tab bar API on this platform: nothing to show the count on.
  }
}
