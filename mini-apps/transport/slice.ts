import { createSlice, injectSlice, type PayloadAction, type WithSlice } from '@sdk'
import type { ViolationStatus } from './api'

export type ViolationFilter = ViolationStatus | 'all'

const transportSlice = createSlice({
  name: 'transport',
  initialState: { filter: 'unpaid' as ViolationFilter },
  reducers: {
    filterChanged(state, action: PayloadAction<ViolationFilter>) {
      state.filter = action.payload
    },
  },
  selectors: {
    selectFilter: (state) => state.filter,
  },
})

declare module '@sdk' {
  // RTK's pattern for typing injected slices: an interface that only extends (lint allows it in mini-apps).
  interface LazyLoadedSlices extends WithSlice<typeof transportSlice> {}
}

// Injected when this subpackage loads; the main package never sees it.
const injected = injectSlice(transportSlice)

export const { filterChanged } = transportSlice.actions
export const { selectFilter } = injected.selectors
