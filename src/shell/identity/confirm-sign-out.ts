import Taro from '@tarojs/taro'
import type { MyText } from '../../locales/my/zh-CN'
import { DRAFT_KEY_PREFIX } from '../forms/drafts/draft'
import { platform } from '../platform/platform'

/** Form drafts kept on this device, every resident's: sign-out clears them all. */
export const draftsOnDevice = (): number => platform.getStorageInfoSync().keys.filter((key) => key.startsWith(DRAFT_KEY_PREFIX)).length

/**
 * Sign-out clears the device, drafts included, so a shared phone keeps no
 * one's answers. With drafts there, the resident is told how many and may
 * stay signed in: a draft is never lost without warning. The platform's own
 * modal (wx.showModal on WeChat), which adds nothing to the main package;
 * its buttons take at most 4 characters there.
 */
export const confirmSignOut = async (text: MyText): Promise<boolean> => {
  const drafts = draftsOnDevice()
  if (drafts === 0) return true
  const { confirm } = await Taro.showModal({ title: text.signOut, content: text.signOutDrafts(drafts), confirmText: text.signOutAnyway, cancelText: text.keepSignedIn })
  return confirm
}
