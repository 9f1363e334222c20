import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useText } from '../i18n/text'
import { shellRoutes } from '../navigation/shell-routes'
import { focusable } from '../ui/focusable'
import './home-blocks.scss'

/** Home's and Services' search box: opens the search page, whose engine lives in its subpackage. */
export function SearchEntry() {
  const text = useText()
  return (
    <View {...focusable} className='search-entry' role='search' aria-label={text.catalogue.searchLabel} onClick={() => Taro.navigateTo({ url: shellRoutes.search })}>
      <Text className='search-entry__hint'>{text.catalogue.searchPlaceholder}</Text>
    </View>
  )
}
