import { createSlice, type PayloadAction } from '@reduxjs/toolkit'
import { platform, readStored } from '../platform/platform'

/** A language the app speaks. */
export type Locale = 'zh-CN' | 'en'

export interface SettingsState {
  locale: Locale
  /** 长辈版: larger text and targets, no pop-ups or timeouts (MIIT's elderly-friendly rules). */
  elderMode: boolean
}

const KEY = 'shell.settings'
const initialState: SettingsState = { locale: 'zh-CN', elderMode: false }

const isSettings = (value: unknown): value is Partial<SettingsState> => typeof value === 'object' && value !== null

/** The resident's choices, remembered on the device. */
export const restoredSettings = (): SettingsState => {
  const stored = readStored(KEY, isSettings) ?? {}
  return {
    locale: stored.locale === 'en' ? 'en' : 'zh-CN',
    elderMode: stored.elderMode === true,
  }
}

const remember = (state: SettingsState) => {
  try {
    platform.setStorageSync(KEY, { locale: state.locale, elderMode: state.elderMode })
  } catch {
    // A full device keeps the choice for this run only; the setting itself still applies.
  }
}

export const settingsSlice = createSlice({
  name: 'settings',
  initialState,
  reducers: {
    localeChanged(state, action: PayloadAction<Locale>) {
      state.locale = action.payload
    },
    elderModeChanged(state, action: PayloadAction<boolean>) {
      state.elderMode = action.payload
    },
  },
  selectors: {
    selectLocale: (state) => state.locale,
    selectElderMode: (state) => state.elderMode,
  },
})

export const { selectLocale, selectElderMode } = settingsSlice.selectors

/** Changes the language and remembers it. */
export const changeLocale = (locale: Locale) => (dispatch: (action: unknown) => void, getState: () => { settings: SettingsState }) => {
  dispatch(settingsSlice.actions.localeChanged(locale))
  remember(getState().settings)
}

/** Turns elder mode on or off and remembers it. */
export const changeElderMode = (on: boolean) => (dispatch: (action: unknown) => void, getState: () => { settings: SettingsState }) => {
  dispatch(settingsSlice.actions.elderModeChanged(on))
  remember(getState().settings)
}

export const { localeChanged, elderModeChanged } = settingsSlice.actions
