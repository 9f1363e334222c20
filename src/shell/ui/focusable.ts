/**
 * Spread on a tappable `View` (`<View {...focusable} role='button'>`): on H5
 * it can take keyboard focus, which screen-reader and keyboard users need and
 * axe checks (a scrolling page must hold something focusable). Taro's View
 * types lack `tabIndex`; WeChat ignores it.
 */
export const focusable = { tabIndex: 0 } as object
