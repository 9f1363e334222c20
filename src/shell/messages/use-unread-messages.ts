import { useEffect, useRef } from 'react'
import { useDidShow } from '@tarojs/taro'
import { MY_TAB_INDEX, showTabBadge } from '../platform/tab-badge'
import { useGetUnreadCountQuery } from '../resident/resident-api'

/**
 * The resident's unread messages, for Home's greeting and My's 消息 row; it
 * keeps the My tab's badge in step. Asked again each time the tab shows
 * (after reading messages elsewhere, say), and not at all when signed out.
 * The main package's only part of the message centre, so it stays small.
 */
export const useUnreadMessages = (signedIn: boolean): number => {
  const count = useGetUnreadCountQuery(undefined, { skip: !signedIn })
  const unread = signedIn ? (count.data?.unread ?? 0) : 0
  // The first show is the mount, which has just asked; later shows ask again.
  const shownBefore = useRef(false)
  useDidShow(() => {
    if (shownBefore.current && signedIn) void count.refetch()
    shownBefore.current = true
  })
  useEffect(() => showTabBadge(MY_TAB_INDEX, unread), [unread])
  return unread
}
