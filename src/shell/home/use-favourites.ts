import { useCallback } from 'react'
import { useAppDispatch, useAppSelector } from '../store/hooks'
import { changePicks, localFavouriteToggled, selectLocalFavourites } from './picks-slice'

export interface Favourites {
  ids: string[]
  isFavourite: (id: string) => boolean
  toggle: (id: string) => void
}

/** The resident's favourite services, newest first. */
export const useFavourites = (): Favourites => {
  const dispatch = useAppDispatch()
  const ids = useAppSelector(selectLocalFavourites)
  const toggle = useCallback((id: string) => dispatch(changePicks(localFavouriteToggled(id))), [dispatch])
  return { ids, isFavourite: (id) => ids.includes(id), toggle }
}
