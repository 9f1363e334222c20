import { createSlice, type PayloadAction } from '@reduxjs/toolkit'

export type Locale = 'zh-CN' | 'en'

export interface SettingsState {
  locale: Locale
}

const initialState: SettingsState = { locale: 'zh-CN' }

export const settingsSlice = createSlice({
  name: 'settings',
  initialState,
  reducers: {
    localeChanged(state, action: PayloadAction<Locale>) {
      state.locale = action.payload
    },
  },
  selectors: {
    selectLocale: (state) => state.locale,
  },
})

export const { localeChanged } = settingsSlice.actions
export const { selectLocale } = settingsSlice.selectors
