import Taro from '@tarojs/taro'

const TAB_PAGES = ['/pages/home/index', '/pages/services/index', '/pages/my/index']

/** Where a sign-in or step-up sends the resident back to: the page they were going to. */
export const returnTo = (url?: string): Promise<unknown> => {
  if (!url) return Taro.switchTab({ url: TAB_PAGES[0] })
  return TAB_PAGES.includes(url.split('?')[0]) ? Taro.switchTab({ url }) : Taro.redirectTo({ url })
}

/** A page URL that, after a detour (sign-in, step-up), returns to `target`. */
export const detourUrl = (page: string, target: string, extra: Record<string, string> = {}): string => {
  const query = new URLSearchParams({ ...extra, redirect: target })
  return `${page}?${query.toString()}`
}
