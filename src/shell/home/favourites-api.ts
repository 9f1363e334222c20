import { api } from '../api/api'

interface FavouriteList {
  ids: string[]
}

const favouritesApi = api.enhanceEndpoints({ addTagTypes: ['shell/Favourites'] }).injectEndpoints({
  endpoints: (build) => {
    // Every change answers with the whole list: put it in the cache, no refetch.
    const keep = async (_arg: unknown, { dispatch, queryFulfilled }: { dispatch: (a: unknown) => unknown; queryFulfilled: Promise<{ data: FavouriteList }> }) => {
      try {
        const { data } = await queryFulfilled
        dispatch(favouritesApi.util.upsertQueryData('getFavourites', undefined, data))
      } catch {
        // The failed change leaves the list as it was; the query shows its own error.
      }
    }
    return {
      getFavourites: build.query<FavouriteList, void>({ query: () => '/favourites', providesTags: ['shell/Favourites'] }),
      addFavourite: build.mutation<FavouriteList, string>({ query: (id) => ({ url: `/favourites/${encodeURIComponent(id)}`, method: 'PUT' }), onQueryStarted: keep }),
      removeFavourite: build.mutation<FavouriteList, string>({ query: (id) => ({ url: `/favourites/${encodeURIComponent(id)}`, method: 'DELETE' }), onQueryStarted: keep }),
      mergeFavourites: build.mutation<FavouriteList, string[]>({ query: (ids) => ({ url: '/favourites', method: 'POST', body: { ids } }), onQueryStarted: keep }),
    }
  },
})

export const { useGetFavouritesQuery, useAddFavouriteMutation, useRemoveFavouriteMutation, useMergeFavouritesMutation } = favouritesApi
