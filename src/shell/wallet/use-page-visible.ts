import { useEffect, useState } from 'react'
import { useDidHide, useDidShow } from '@tarojs/taro'
import { raiseBrightness } from './brightness'

/** False while the page is hidden (another page on top, the app in the background). */
export const usePageVisible = (): boolean => {
  const [visible, setVisible] = useState(true)
  useDidShow(() => setVisible(true))
  useDidHide(() => setVisible(false))
  return visible
}

/**
 * Raises the screen's brightness while `active` (where the platform allows
 * it) and puts back the resident's own brightness when it stops: the page
 * hides, unloads, or the QR is put away.
 */
export const useRaisedBrightness = (active: boolean): void => {
  useEffect(() => {
    if (!active) return undefined
    let restore: (() => void) | undefined
    let ended = false
    void raiseBrightness().then((undo) => (ended ? undo?.() : (restore = undo)))
    return () => {
      ended = true
      restore?.()
    }
  }, [active])
}
