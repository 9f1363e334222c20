import { View } from '@tarojs/components'
import { useText } from '../i18n/text'
import { useFavourites } from './use-favourites'
import { focusable } from '../ui/focusable'
import './home-blocks.scss'

/** Adds or removes a service from the resident's favourites; its state is in its words, not only its colour. */
export function FavouriteButton({ id }: { id: string }) {
  const text = useText()
  const favourites = useFavourites()
  const on = favourites.isFavourite(id)
  return (
    <View {...focusable} role='button' aria-pressed={on} className={`favourite-button${on ? ' favourite-button--on' : ''}`} onClick={() => favourites.toggle(id)}>
      {on ? `★ ${text.catalogue.unfavourite}` : `☆ ${text.catalogue.favourite}`}
    </View>
  )
}
