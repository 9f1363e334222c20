import type { PayloadAction } from '@sdk'
import type { ViolationStatus } from './api'
import { miniApp } from './generated/mini-app'

export type ViolationFilter = ViolationStatus | 'all'

/** The mini-app's one slice: named by its id, in its own store. */
const transportSlice = miniApp.createSlice({
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

export const { filterChanged } = transportSlice.actions
export const { selectFilter } = transportSlice.selectors
