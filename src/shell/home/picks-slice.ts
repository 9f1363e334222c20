import { createSlice, type PayloadAction } from '@reduxjs/toolkit'
import { platform, readStored } from '../platform/platform'

/**
 * The resident's place and picks on this device: the city Home offers
 * services for, favourites kept while signed out (merged into the server's
 * list on sign-in), and recently used services.
 */
export interface PicksState {
  /** GB/T 2260 code of the chosen city. */
  city: string
  favourites: string[]
  recent: string[]
}

/** Shenyang, the capital, until the resident picks a city. */
export const DEFAULT_CITY = '210100'
export const RECENT_LIMIT = 8
const KEY = 'shell.picks'

const isIdList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string')
const isPicks = (value: unknown): value is Partial<PicksState> => typeof value === 'object' && value !== null

export const restoredPicks = (): PicksState => {
  const stored = readStored(KEY, isPicks) ?? {}
  return {
    city: typeof stored.city === 'string' && /^21\d{4}$/.test(stored.city) ? stored.city : DEFAULT_CITY,
    favourites: isIdList(stored.favourites) ? stored.favourites : [],
    recent: isIdList(stored.recent) ? stored.recent.slice(0, RECENT_LIMIT) : [],
  }
}

const remember = (state: PicksState) => {
  try {
    platform.setStorageSync(KEY, { city: state.city, favourites: state.favourites, recent: state.recent })
  } catch {
    // A full device keeps the picks for this run only.
  }
}

export const picksSlice = createSlice({
  name: 'picks',
  initialState: restoredPicks,
  reducers: {
    cityChanged(state, action: PayloadAction<string>) {
      state.city = action.payload
    },
    localFavouriteToggled(state, action: PayloadAction<string>) {
      const id = action.payload
      state.favourites = state.favourites.includes(id) ? state.favourites.filter((f) => f !== id) : [id, ...state.favourites]
    },
    localFavouritesCleared(state) {
      state.favourites = []
    },
    serviceUsed(state, action: PayloadAction<string>) {
      state.recent = [action.payload, ...state.recent.filter((r) => r !== action.payload)].slice(0, RECENT_LIMIT)
    },
  },
  selectors: {
    selectCity: (state) => state.city,
    selectLocalFavourites: (state) => state.favourites,
    selectRecent: (state) => state.recent,
  },
})

export const { selectCity, selectLocalFavourites, selectRecent } = picksSlice.selectors
export const { cityChanged, localFavouriteToggled, localFavouritesCleared, serviceUsed } = picksSlice.actions

type Dispatch = (action: unknown) => void
type GetState = () => { picks: PicksState }

/** Applies a change to the picks and remembers the result on the device. */
export const changePicks = (action: { type: string }) => (dispatch: Dispatch, getState: GetState) => {
  dispatch(action)
  remember(getState().picks)
}
