import Taro from '@tarojs/taro'
import type { CatalogueEntry } from '../../sdk/manifest/catalogue'

/** Opens a mini-app at its entry page, which lives in the mini-app's own subpackage. */
export const openMiniApp = (entry: Pick<CatalogueEntry, 'entry'>): Promise<unknown> => Taro.navigateTo({ url: entry.entry })
