import { useCallback, useEffect } from 'react'
import { selectPrivacyAccepted, selectSignedIn } from '../identity/session-slice'
import { useAppDispatch, useAppSelector } from '../store/hooks'
import { useAddFavouriteMutation, useGetFavouritesQuery, useMergeFavouritesMutation, useRemoveFavouriteMutation } from './favourites-api'
import { changePicks, localFavouritesCleared, localFavouriteToggled, selectLocalFavourites } from './picks-slice'

export interface Favourites {
  ids: string[]
  isFavourite: (id: string) => boolean
  toggle: (id: string) => void
}

// Several components use the hook at once: one merge per sign-in is enough.
let merging = false

/**
 * The resident's favourite services, newest first: on the server while
 * signed in, on the device while signed out. Signing in merges the device's
 * list into the server's, then clears it.
 */
export const useFavourites = (): Favourites => {
  const dispatch = useAppDispatch()
  const session = useAppSelector(selectSignedIn)
  const privacyAccepted = useAppSelector(selectPrivacyAccepted)
  const signedIn = session && privacyAccepted
  const local = useAppSelector(selectLocalFavourites)
  const server = useGetFavouritesQuery(undefined, { skip: !signedIn })
  const [add] = useAddFavouriteMutation()
  const [remove] = useRemoveFavouriteMutation()
  const [merge] = useMergeFavouritesMutation()
  useEffect(() => {
    if (!signedIn || local.length === 0 || merging) return
    merging = true
    merge(local)
      .unwrap()
      .then(() => dispatch(changePicks(localFavouritesCleared())))
      .catch(() => undefined) // kept on the device; the next render tries again
      .finally(() => {
        merging = false
      })
  }, [signedIn, local, merge, dispatch])
  const ids = signedIn ? [...(server.data?.ids ?? []), ...local.filter((id) => !server.data?.ids.includes(id))] : local
  const toggle = useCallback(
    (id: string) => {
      if (!signedIn) dispatch(changePicks(localFavouriteToggled(id)))
      else if (server.data?.ids.includes(id)) void remove(id)
      else void add(id)
    },
    [signedIn, server.data, dispatch, add, remove],
  )
  return { ids, isFavourite: (id) => ids.includes(id), toggle }
}
