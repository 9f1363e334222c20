import { createSlice, type PayloadAction } from '@reduxjs/toolkit'
import { loadDictionary, loadedDictionary } from '../i18n/dictionaries'
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

const localeOf = (stored: Partial<SettingsState> | undefined): Locale => (stored?.locale === 'en' ? 'en' : 'zh-CN')

/** The language the resident chose last, whether or not its dictionary is loaded yet. */
export const storedLocale = (): Locale => localeOf(readStored(KEY, isSettings))

/**
 * The resident's choices, remembered on the device. The store starts in a
 * language it can speak now; one still loading (English on H5) follows via
 * useStoredLocale once it arrives.
 */
export const restoredSettings = (): SettingsState => {
  const stored = readStored(KEY, isSettings)
  const locale = localeOf(stored)
  return {
    locale: loadedDictionary(locale) ? locale : 'zh-CN',
    elderMode: stored?.elderMode === true,
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

/** Changes the language once its dictionary is loaded, and remembers it. */
export const changeLocale = (locale: Locale) => async (dispatch: (action: unknown) => void, getState: () => { settings: SettingsState }) => {
  // At once when the dictionary is at hand; on H5 English first arrives as a chunk (i18n/dictionaries.h5.ts).
  // If it cannot be fetched this rejects and the language stays as it was.
  if (!loadedDictionary(locale)) await loadDictionary(locale)
  dispatch(settingsSlice.actions.localeChanged(locale))
  remember(getState().settings)
}

/** Turns elder mode on or off and remembers it, with the language the resident chose. */
export const changeElderMode = (on: boolean) => (dispatch: (action: unknown) => void, getState: () => { settings: SettingsState }) => {
  dispatch(settingsSlice.actions.elderModeChanged(on))
  // While a chosen language is still arriving (English on H5, or offline), the store speaks Chinese: keep the choice, not the stand-in.
  const chosen = storedLocale()
  remember({ ...getState().settings, ...(loadedDictionary(chosen) ? {} : { locale: chosen }) })
}

export const { localeChanged, elderModeChanged } = settingsSlice.actions
